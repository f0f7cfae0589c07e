/**
 * A plane through a dataset of more than two columns, for drawing it and its decision boundary: the first two principal
 * components of the standardised training rows, or two chosen columns with the others held at their means. A plane is
 * affine in the raw columns: a point (a, b) of the plane is the row origin + a·v1 + b·v2, and a row projects to
 * (w1·(x − origin), w2·(x − origin)).
 */
import { leadingEigen } from './eigen';
import { columnStats } from './split';
import type { Dataset } from './types';

/** How to lay a plane through the data: principal components, or two columns (indices) with the rest at their means. */
export type ProjectionChoice = { kind: 'pca' } | { kind: 'features'; x: number; y: number };

/** The default plane: the first two principal components. */
export const PCA_PROJECTION: ProjectionChoice = { kind: 'pca' };

/** A plane through the raw columns (all Float64Array of the dataset's width). */
export interface PlaneProjection {
  choice: ProjectionChoice;
  /** The row at (0, 0). */
  origin: Float64Array;
  /** The raw-space directions of the plane's two axes. */
  v1: Float64Array;
  v2: Float64Array;
  /** The dual directions: a = w1·(x − origin), b = w2·(x − origin), with wi·vj = 1 when i = j, else 0. */
  w1: Float64Array;
  w2: Float64Array;
  /** The names of the two axes ("PC1", or a column's name). */
  axes: [string, string];
  /** For PCA, the share of the standardised data's variance along each axis (0..1); absent for columns. */
  explained?: [number, number];
}

/** Most rows the covariance is measured on (evenly spaced), bounding rows × columns² to a fraction of a second. */
const COVARIANCE_BUDGET = 2e8;

/** Whether two choices lay the same plane. */
export function sameProjection(a: ProjectionChoice, b: ProjectionChoice): boolean {
  return a.kind === 'pca' ? b.kind === 'pca' : b.kind === 'features' && a.x === b.x && a.y === b.y;
}

/** Checks a choice against a dataset's width; throws a RangeError naming the bad column and the fix. */
function checkChoice(choice: ProjectionChoice, width: number): void {
  if (width < 2) throw new RangeError(`A plane needs at least 2 columns; this dataset has ${width}.`);
  if (choice.kind === 'pca') return;
  for (const index of [choice.x, choice.y]) {
    if (!(Number.isInteger(index) && index >= 0 && index < width))
      throw new RangeError(`Column ${String(index)} does not exist: pick a column from 0 to ${width - 1}.`);
  }
  if (choice.x === choice.y)
    throw new RangeError(`Both axes show column ${choice.x}: pick two different columns for the plane.`);
}

/**
 * The covariance matrix of the standardised rows of x (population, width × width), measured on at most as many
 * evenly spaced rows as COVARIANCE_BUDGET allows.
 */
function standardisedCovariance(x: Float32Array, n: number, width: number, mean: Float64Array, std: Float64Array) {
  const rows = Math.max(1, Math.min(n, Math.floor(COVARIANCE_BUDGET / (width * width))));
  const stride = n / rows;
  const c = new Float64Array(width * width);
  const z = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    const i = Math.floor(r * stride);
    for (let j = 0; j < width; j++) z[j] = (x[i * width + j] - mean[j]) / std[j];
    for (let j = 0; j < width; j++) {
      const zj = z[j];
      if (zj === 0) continue;
      for (let k = j; k < width; k++) c[j * width + k] += zj * z[k];
    }
  }
  for (let j = 0; j < width; j++)
    for (let k = j; k < width; k++) {
      c[j * width + k] /= rows;
      c[k * width + j] = c[j * width + k];
    }
  return c;
}

/** Flips a unit vector so that its largest component (by magnitude) is positive: a fixed sign for each component. */
function fixSign(vector: Float64Array): Float64Array {
  let largest = 0;
  for (let i = 1; i < vector.length; i++) if (Math.abs(vector[i]) > Math.abs(vector[largest])) largest = i;
  if (vector[largest] < 0) for (let i = 0; i < vector.length; i++) vector[i] = -vector[i];
  return vector;
}

/**
 * The plane of `choice` through `data` (its training rows): for PCA the two leading eigenvectors u1, u2 of the
 * covariance of the rows standardised with their own statistics (v = std ⊙ u, w = u / std, origin = the mean); for
 * two columns the unit axes of those columns, the others held at their means.
 */
export function planeProjection(data: Dataset, choice: ProjectionChoice): PlaneProjection {
  const width = data.features;
  checkChoice(choice, width);
  const { mean, std } = columnStats(data.x, data.n, width);
  if (choice.kind === 'features') {
    const axis = (index: number) => Float64Array.from({ length: width }, (_, j) => (j === index ? 1 : 0));
    const origin = Float64Array.from(mean);
    origin[choice.x] = 0;
    origin[choice.y] = 0;
    return {
      choice,
      origin,
      v1: axis(choice.x),
      v2: axis(choice.y),
      w1: axis(choice.x),
      w2: axis(choice.y),
      axes: [data.featureNames[choice.x] ?? `x${choice.x + 1}`, data.featureNames[choice.y] ?? `x${choice.y + 1}`],
    };
  }
  const covariance = standardisedCovariance(data.x, data.n, width, mean, std);
  const eigen = leadingEigen(covariance, width, 2);
  const u1 = fixSign(eigen.vectors.slice(0, width));
  const u2 = fixSign(eigen.vectors.slice(width, 2 * width));
  let total = 0;
  for (let j = 0; j < width; j++) total += covariance[j * width + j];
  const share = (value: number) => (total > 0 ? Math.max(0, value) / total : 0);
  return {
    choice,
    origin: Float64Array.from(mean),
    v1: u1.map((u, j) => u * std[j]),
    v2: u2.map((u, j) => u * std[j]),
    w1: u1.map((u, j) => u / std[j]),
    w2: u2.map((u, j) => u / std[j]),
    axes: ['PC1', 'PC2'],
    explained: [share(eigen.values[0]), share(eigen.values[1])],
  };
}

/** Projects n raw rows of x onto the plane: n points, (a, b) interleaved. */
export function projectRows(plane: PlaneProjection, x: Float32Array, n: number): Float32Array {
  const width = plane.origin.length;
  const points = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (let j = 0; j < width; j++) {
      const d = x[i * width + j] - plane.origin[j];
      a += plane.w1[j] * d;
      b += plane.w2[j] * d;
    }
    points[i * 2] = a;
    points[i * 2 + 1] = b;
  }
  return points;
}

/** Maps n points of the plane ((a, b) interleaved) back to raw rows: origin + a·v1 + b·v2. */
export function unprojectPoints(plane: PlaneProjection, points: Float32Array, n: number): Float32Array {
  const width = plane.origin.length;
  const rows = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    const a = points[i * 2];
    const b = points[i * 2 + 1];
    for (let j = 0; j < width; j++) rows[i * width + j] = plane.origin[j] + a * plane.v1[j] + b * plane.v2[j];
  }
  return rows;
}
