import { memo, useEffect, useMemo, useRef } from 'react';
import type { DecisionGridSnapshot } from '../../store/types';
import { mixRgb } from '../charts/colours';
import { classColour, type ThemeColours } from '../charts/theme-colours';
import { useElementSize } from '../dock/use-element-size';
import { type BoundaryMode, boundaryPixels, predictionAlongX } from './boundary-pixels';
import { type BoundaryScene, drawBoundary } from './draw-boundary';
import type { PlaneData } from './plane-data';
import { fitFrame } from './plot-frame';
import { measureFrom } from '../../ui/user-timing';

/** Props of the boundary canvas. */
export interface BoundaryCanvasProps {
  grid: DecisionGridSnapshot | null;
  plane: PlaneData;
  colours: ThemeColours;
  discretize: boolean;
  large?: boolean;
}

/** 1-column data shows a curve over the points instead of a surface, except multiclass (bands of colour read better). */
export function usesCurve(plane: PlaneData): boolean {
  return plane.features === 1 && plane.task !== 'multiclass';
}

/**
 * The decision surface and the data on a <canvas>, sized to its box at the device's pixel ratio;
 * the surface is recomputed only when the snapshot, the colours or the discretise switch change.
 */
export const BoundaryCanvas = memo(function BoundaryCanvas({ grid, plane, colours, discretize, large }: BoundaryCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const { width, height } = useElementSize(box);
  const curveMode = usesCurve(plane);
  const mode: BoundaryMode = plane.task;

  const surface = useMemo(() => {
    if (!grid || curveMode) return null;
    const start = performance.now();
    const palette = { classes: colours.classes, neutral: colours.neutral, low: colours.low, high: colours.high };
    const pixels = boundaryPixels(grid, mode, palette, { discretize, valueRange: plane.targetRange, classes: plane.classes });
    measureFrom(start, 'mlp:boundary-pixels');
    return { pixels, resolution: grid.resolution };
  }, [grid, curveMode, mode, colours, discretize, plane]);
  const curve = useMemo(() => (grid && curveMode ? predictionAlongX(grid) : null), [grid, curveMode]);

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || width === 0 || height === 0) return;
    const start = performance.now();
    const scale = window.devicePixelRatio || 1;
    element.width = Math.round(width * scale);
    element.height = Math.round(height * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    scratch.current ??= document.createElement('canvas');
    const [low, high] = plane.targetRange;
    const scene: BoundaryScene = {
      frame: fitFrame(plane.bounds, width, height, 4, curveMode),
      surface,
      curve,
      split: plane.split,
      features: plane.features,
      pointColour: plane.task === 'regression' ? (y) => mixRgb(colours.low, colours.high, (y - low) / (high - low || 1)) : (y) => classColour(colours, y),
      radius: large ? 4 : Math.max(2, Math.min(3.2, Math.min(width, height) / 70)),
      colours: { frame: colours.grid, halo: colours.panel, curve: colours.text },
    };
    drawBoundary(ctx, scene, width, height, scratch.current);
    measureFrom(start, 'mlp:boundary-draw');
  }, [surface, curve, plane, colours, width, height, curveMode, large]);

  return (
    <div className="boundary-canvas" ref={box}>
      <canvas
        ref={canvas}
        className="boundary-canvas__canvas"
        data-testid="boundary-canvas"
        data-step={grid?.step ?? ''}
        aria-label={grid ? `Decision boundary at step ${grid.step}` : 'The data, before training'}
        role="img"
      />
    </div>
  );
});
