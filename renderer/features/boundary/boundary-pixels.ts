/**
 * The decision surface as RGBA pixels, one per grid cell: a diverging two-class map for binary
 * tasks (P(class 1) = 0.5 is the neutral colour), the winning class's colour faded by its
 * probability for multiclass, and the value ramp for regression. Image row 0 is the top edge
 * (the grid's row 0 is the bottom edge, see src/training/grid.ts), ready for putImageData.
 */
import type { DecisionGridSnapshot } from '../../store/types';
import { scaleColour, SURFACE_STRENGTH } from '../charts/colour-maps';
import { clamp01, divergingColour, mixRgb, type Rgb } from '../charts/colours';

/** One decision-grid snapshot, as the training slice stores it. */
export type GridSnapshot = DecisionGridSnapshot;

/** How to read the grid's values. */
export type BoundaryMode = 'binary' | 'multiclass' | 'regression';

/** The colours the surface is painted with (the dataset preview's, so points and regions agree). */
export interface BoundaryPalette {
  classes: Rgb[];
  /** What an undecided cell fades to (the panel colour). */
  neutral: Rgb;
  /** The sequential scale of the regression surface (the theme's lightness-monotonic value map). */
  values: Rgb[];
}

/** Bands of the regression surface when discretised. */
export const REGRESSION_BANDS = 8;

/** Options of the painting: discretised (hard regions / bands) or smooth, and the value range of the regression ramp. */
export interface BoundaryOptions {
  discretize: boolean;
  /** [low, high] of the regression ramp (the targets' range, as in the scatter preview). */
  valueRange?: [number, number];
  /** Classes of a multiclass task (K): a probability of 1/K is as undecided as it gets. */
  classes?: number;
}

function cellColour(
  values: Float32Array,
  cell: number,
  channels: 1 | 2,
  mode: BoundaryMode,
  palette: BoundaryPalette,
  options: BoundaryOptions,
): Rgb {
  if (mode === 'multiclass' && channels === 2) {
    const k = Math.max(0, Math.round(values[cell * 2])) % palette.classes.length;
    const chance = 1 / Math.max(2, options.classes ?? 2);
    const certainty = options.discretize ? 1 : clamp01((values[cell * 2 + 1] - chance) / (1 - chance));
    return mixRgb(palette.neutral, palette.classes[k], SURFACE_STRENGTH * certainty);
  }
  const v = values[cell * channels];
  if (mode === 'regression') {
    const [low, high] = options.valueRange ?? [0, 1];
    let t = clamp01((v - low) / (high - low || 1));
    if (options.discretize)
      t = Math.min(REGRESSION_BANDS - 1, Math.floor(t * REGRESSION_BANDS)) / (REGRESSION_BANDS - 1);
    return mixRgb(palette.neutral, scaleColour(palette.values, t), SURFACE_STRENGTH);
  }
  const p = options.discretize ? (v >= 0.5 ? 1 : 0) : clamp01(v);
  return divergingColour(
    palette.classes[0],
    palette.neutral,
    palette.classes[1 % palette.classes.length],
    SURFACE_STRENGTH * (2 * p - 1),
  );
}

/** The snapshot painted as resolution² RGBA pixels, top row first. */
export function boundaryPixels(
  grid: GridSnapshot,
  mode: BoundaryMode,
  palette: BoundaryPalette,
  options: BoundaryOptions,
): Uint8ClampedArray<ArrayBuffer> {
  const { resolution: res, channels, values } = grid;
  const pixels = new Uint8ClampedArray(res * res * 4);
  for (let row = 0; row < res; row++) {
    const imageRow = res - 1 - row;
    for (let col = 0; col < res; col++) {
      const [r, g, b] = cellColour(values, row * res + col, channels, mode, palette, options);
      const at = (imageRow * res + col) * 4;
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

/** The prediction along x1 (grid row 0) of a 1-D dataset: its grid does not depend on x2, so any row will do. */
export function predictionAlongX(grid: GridSnapshot): Float32Array {
  const { resolution: res, channels, values } = grid;
  return Float32Array.from({ length: res }, (_, col) => values[col * channels]);
}
