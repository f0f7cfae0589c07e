import type { Rng } from '../rng';
import type { Dataset } from '../types';

/** Splits n samples over k classes as sklearn's make_blobs does: n/k each, the remainder to the first classes. */
export function classSizes(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, j) => Math.floor(n / k) + (j < n % k ? 1 : 0));
}

/** n evenly spaced values from start to stop inclusive, as numpy's linspace (a single value is `start`). */
export function linspace(start: number, stop: number, n: number, endpoint = true): number[] {
  const intervals = endpoint ? n - 1 : n;
  if (intervals <= 0) return n === 1 ? [start] : [];
  const step = (stop - start) / intervals;
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/** Points of a 2-D classification dataset while it is being built, before noise and shuffling. */
export interface LabelledPoints {
  /** x1, x2 interleaved, one pair per point. */
  xy: number[];
  labels: number[];
}

/** Appends one point with its class label. */
export function pushPoint(points: LabelledPoints, x1: number, x2: number, label: number): void {
  points.xy.push(x1, x2);
  points.labels.push(label);
}

/**
 * Finishes a 2-D classification dataset: adds isotropic Gaussian noise of standard deviation
 * `noise` to every coordinate, then shuffles the rows (as sklearn's generators do with shuffle=True)
 * so that classes are interleaved; consumes draws from `rng`.
 */
export function finishClassification(points: LabelledPoints, classes: number, noise: number, rng: Rng): Dataset {
  const n = points.labels.length;
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  order.forEach((source, row) => {
    x[row * 2] = points.xy[source * 2] + noise * rng.normal();
    x[row * 2 + 1] = points.xy[source * 2 + 1] + noise * rng.normal();
    y[row] = points.labels[source];
  });
  return {
    n,
    features: 2,
    x,
    y,
    task: classes === 2 ? 'binary' : 'multiclass',
    classes,
    featureNames: ['x1', 'x2'],
    classNames: Array.from({ length: classes }, (_, j) => String(j)),
  };
}

/** Creates an empty point list. */
export function emptyPoints(): LabelledPoints {
  return { xy: [], labels: [] };
}
