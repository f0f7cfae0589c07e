/** The scene the boundary view paints for one snapshot: shared by the live canvas and the exported animation, so both look the same. */
import type { DecisionGridSnapshot } from '../../store/types';
import { scaleColour } from '../charts/colour-maps';
import { classColour, type ThemeColours } from '../charts/theme-colours';
import { type BoundaryMode, boundaryPixels, predictionAlongX } from './boundary-pixels';
import type { BoundaryScene } from './draw-boundary';
import type { PlaneData } from './plane-data';
import { fitFrame } from './plot-frame';

/** 1-column data shows a curve over the points instead of a surface, except multiclass (bands of colour read better). */
export function usesCurve(plane: PlaneData): boolean {
  return plane.features === 1 && plane.task !== 'multiclass';
}

/** The surface pixels of a snapshot (null in curve mode or without a snapshot). */
export function sceneSurface(
  grid: DecisionGridSnapshot | null,
  plane: PlaneData,
  colours: ThemeColours,
  discretize: boolean,
): BoundaryScene['surface'] {
  if (!grid || usesCurve(plane)) return null;
  const mode: BoundaryMode = plane.task;
  const palette = { classes: colours.classes, neutral: colours.neutral, values: colours.values };
  return {
    pixels: boundaryPixels(grid, mode, palette, { discretize, valueRange: plane.targetRange, classes: plane.classes }),
    resolution: grid.resolution,
  };
}

/** The prediction curve of a snapshot of 1-column data (null otherwise). */
export function sceneCurve(grid: DecisionGridSnapshot | null, plane: PlaneData): Float32Array | null {
  return grid && usesCurve(plane) ? predictionAlongX(grid) : null;
}

/** Everything drawBoundary needs for a box of width×height CSS pixels; `pointRadius` sizes the data points. */
export function boundaryScene(
  parts: { surface: BoundaryScene['surface']; curve: Float32Array | null },
  plane: PlaneData,
  colours: ThemeColours,
  box: { width: number; height: number; pointRadius: number },
): BoundaryScene {
  const [low, high] = plane.targetRange;
  return {
    frame: fitFrame(plane.bounds, box.width, box.height, 4, usesCurve(plane)),
    surface: parts.surface,
    curve: parts.curve,
    split: plane.split,
    features: plane.features,
    pointColour:
      plane.task === 'regression'
        ? (y) => scaleColour(colours.values, (y - low) / (high - low || 1))
        : (y) => classColour(colours, y),
    radius: box.pointRadius,
    colours: { frame: colours.grid, halo: colours.panel, curve: colours.text },
  };
}
