/** The decision surface over the plane of the data, for the boundary heatmap. */
import * as tf from './tf';
import type { Task } from '../data/types';
import type { CompiledModel } from './compile';

/** Largest grid side accepted (300² = 90,000 predictions). */
export const MAX_GRID_RESOLUTION = 300;

/** Plot bounds of the raw data's two coordinates. */
export interface GridBounds {
  x1: [number, number];
  x2: [number, number];
}

/** Values per grid cell: 2 for multiclass (class, probability), else 1. */
export function gridChannels(task: Task, outputWidth: number): 1 | 2 {
  return task === 'multiclass' && outputWidth > 1 ? 2 : 1;
}

/**
 * The resolution² raw points of the grid, row-major: cell (row r, column c) = index r·resolution + c
 * is the point (x1 = lerp(x1min, x1max, c/(res−1)), x2 = lerp(x2min, x2max, r/(res−1))), so row 0
 * is the bottom (x2 minimum) edge; points interleaved as (x1, x2).
 */
export function gridPoints(bounds: GridBounds, resolution: number): Float32Array {
  if (!(Number.isInteger(resolution) && resolution >= 2 && resolution <= MAX_GRID_RESOLUTION)) {
    throw new RangeError(
      `Grid resolution ${String(resolution)} must be a whole number from 2 to ${MAX_GRID_RESOLUTION}.`,
    );
  }
  const points = new Float32Array(resolution * resolution * 2);
  const step = (range: [number, number], i: number) => range[0] + ((range[1] - range[0]) * i) / (resolution - 1);
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      const cell = r * resolution + c;
      points[cell * 2] = step(bounds.x1, c);
      points[cell * 2 + 1] = step(bounds.x2, r);
    }
  }
  return points;
}

/**
 * Predicts every grid cell (inference mode) from features already mapped like the training rows.
 * Layout per cell (see gridPoints for cell order): binary → P(class 1) (the single output);
 * regression → the predicted value; multiclass → two values, [argmax class index, its probability].
 */
export async function predictGrid(
  compiled: CompiledModel,
  features: Float32Array,
  cells: number,
  task: Task,
): Promise<Float32Array> {
  const channels = gridChannels(task, compiled.outputWidth);
  const result = tf.tidy(() => {
    const x = tf.tensor2d(features, [cells, compiled.inputWidth]);
    const prediction = compiled.model.apply(x, { training: false }) as tf.Tensor2D;
    if (channels === 1) return tf.reshape(tf.slice(prediction, [0, 0], [-1, 1]), [-1]);
    const best = tf.cast(tf.argMax(prediction, -1), 'float32');
    return tf.reshape(tf.stack([best, tf.max(prediction, -1)], 1), [-1]);
  });
  const values = (await result.data()) as Float32Array;
  result.dispose();
  return values;
}
