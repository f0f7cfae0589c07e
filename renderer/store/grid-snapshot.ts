import type { GridExtras } from '../../src/training/light';
import type { WeightValues } from '../../src/training/index';

/**
 * A decision-surface snapshot for the timeline scrubber; `values` is laid out as src/training/grid.ts predictGrid
 * describes (row 0 = bottom edge).
 */
export interface DecisionGridSnapshot {
  step: number;
  epoch: number;
  resolution: number;
  /** 1: P(class 1) or the regression value per cell; 2: [class index, its probability] per cell. */
  channels: 1 | 2;
  values: Float32Array;
  /**
   * A moment of the run, on the schedule of src/training/moments.ts (additive field); otherwise a live frame, kept
   * only while it is the newest.
   */
  moment?: boolean;
  /**
   * Every weight of the network at `step`, for the weight views to replay the run; dropped from some moments to bound
   * memory (src/training/moment-weights.ts).
   */
  weights?: WeightValues[];
  /** For data of more than two columns, the plane the grid was drawn over (additive field). */
  projection?: GridExtras['projection'];
  /** For classification, the class each training and validation sample was predicted as at `step` (additive field). */
  predictions?: GridExtras['predictions'];
}
