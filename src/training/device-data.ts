/** The training and validation sets uploaded to the device once, with targets shaped for the network's output. */
import * as tf from './tf';
import type { Task } from '../data/types';
import type { DeviceSplit } from './metrics';
import { buildTargets } from './targets';

/** Rows of one split as the data module prepares them (PreparedSplit). */
export interface SplitRows {
  x: Float32Array;
  y: Float32Array;
  n: number;
}

/**
 * The data a Trainer needs: the structural subset of the data module's PreparedData (so a
 * PreparedData can be passed as it is). x is n × inputWidth row-major; y holds class indices or values.
 */
export interface TrainingData {
  train: SplitRows;
  validation: SplitRows;
  inputWidth: number;
  task: Task;
  classes: number;
  /** Range of the raw 2-D points for the decision grid; null when the data is not 2-D. */
  bounds: { x1: [number, number]; x2: [number, number] } | null;
  /** Maps n raw 2-D points (x1, x2 interleaved) exactly as the training rows were mapped. */
  transform(raw: Float32Array, n: number): Float32Array;
}

/** Uploads a split: features, one-hot (or plain) targets for `outputWidth` outputs, and labels. */
export function uploadSplit(
  rows: SplitRows,
  inputWidth: number,
  outputWidth: number,
  task: Task,
  label: string,
): DeviceSplit {
  if (rows.x.length !== rows.n * inputWidth) {
    throw new RangeError(
      `The ${label} set has ${rows.x.length} feature values for ${rows.n} samples, but ${rows.n} × ${inputWidth} ` +
        `= ${rows.n * inputWidth} were expected. Prepare the data again for this Input node.`,
    );
  }
  const targets = buildTargets(rows.y, rows.n, outputWidth, task);
  return tf.tidy(() => ({
    x: tf.tensor2d(rows.x, [rows.n, inputWidth]),
    targets: tf.tensor2d(targets, [rows.n, outputWidth]),
    labels: tf.tensor1d(rows.y.subarray(0, rows.n)),
    n: rows.n,
  }));
}

/** Frees an uploaded split. */
export function disposeSplit(split: DeviceSplit): void {
  tf.dispose([split.x, split.targets, split.labels]);
}
