import { DataError } from './errors';
import { createRng, deriveSeed } from './rng';
import type { Dataset, SplitDataset } from './types';

/** The seed stream of the split, so it does not replay the draws that generated the points. */
const SPLIT_STREAM = 1;

/** The rows of `ds` at `indices`, in that order, as a dataset of its own. */
export function selectRows(ds: Dataset, indices: number[]): Dataset {
  const width = ds.features;
  const x = new Float32Array(indices.length * width);
  const y = new Float32Array(indices.length);
  indices.forEach((source, row) => {
    x.set(ds.x.subarray(source * width, (source + 1) * width), row * width);
    y[row] = ds.y[source];
  });
  return { ...ds, n: indices.length, x, y };
}

/**
 * How many rows of each group go to validation: ⌊size·v⌋ each, then the rows still missing from
 * round(n·v) go to the groups with the largest remainders, so every group keeps its share within
 * one row and the total is exact, except that no group gives up its last training row.
 */
export function validationCounts(groupSizes: number[], validationSplit: number): number[] {
  const total = groupSizes.reduce((sum, size) => sum + size, 0);
  const counts = groupSizes.map((size) => Math.min(Math.floor(size * validationSplit), Math.max(size - 1, 0)));
  let missing = Math.round(total * validationSplit) - counts.reduce((sum, c) => sum + c, 0);
  const byRemainder = groupSizes
    .map((size, group) => ({ group, remainder: size * validationSplit - Math.floor(size * validationSplit) }))
    .sort((a, b) => b.remainder - a.remainder || a.group - b.group);
  for (const { group } of byRemainder) {
    if (missing <= 0) break;
    if (counts[group] < groupSizes[group] - 1) {
      counts[group]++;
      missing--;
    }
  }
  return counts;
}

/**
 * Splits a dataset into training and validation rows, deterministically for a seed: stratified by
 * class for classification (each class keeps its share in both parts), a plain random draw for
 * regression; round(n·validationSplit) rows are held out and both parts keep the original row order.
 */
export function splitDataset(ds: Dataset, validationSplit: number, seed: number): SplitDataset {
  if (!(validationSplit >= 0 && validationSplit < 1)) {
    throw new DataError(
      `The validation split must be at least 0 and below 1, but is ${String(validationSplit)}. Set it to a fraction such as 0.2.`,
      { value: String(validationSplit) },
    );
  }
  const rng = createRng(deriveSeed(seed, SPLIT_STREAM));
  const groupCount = ds.task === 'regression' ? 1 : ds.classes;
  const groups: number[][] = Array.from({ length: groupCount }, () => []);
  for (let i = 0; i < ds.n; i++) groups[ds.task === 'regression' ? 0 : ds.y[i]].push(i);
  const counts = validationCounts(
    groups.map((g) => g.length),
    validationSplit,
  );
  const train: number[] = [];
  const validation: number[] = [];
  groups.forEach((members, group) => {
    rng.shuffle(members);
    validation.push(...members.slice(0, counts[group]));
    train.push(...members.slice(counts[group]));
  });
  const ascending = (a: number, b: number) => a - b;
  return { train: selectRows(ds, train.sort(ascending)), validation: selectRows(ds, validation.sort(ascending)) };
}

/** Per-column mean and standard deviation of a training set, used to standardise every split alike. */
export interface ColumnStats {
  mean: Float64Array;
  /** Population standard deviation; 1 for a constant column, so it maps to 0 instead of dividing by 0. */
  std: Float64Array;
}

/** Measures each column's mean and population standard deviation over the n rows of x (row-major, `width` columns). */
export function columnStats(x: Float32Array, n: number, width: number): ColumnStats {
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) mean[j] += x[i * width + j];
  for (let j = 0; j < width; j++) mean[j] = n > 0 ? mean[j] / n : 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) std[j] += (x[i * width + j] - mean[j]) ** 2;
  for (let j = 0; j < width; j++) {
    const deviation = n > 0 ? Math.sqrt(std[j] / n) : 0;
    std[j] = deviation > 1e-12 ? deviation : 1;
  }
  return { mean, std };
}

/** Returns a new array with each column mapped to (x - mean) / std using the given (training) statistics. */
export function standardizeColumns(x: Float32Array, n: number, stats: ColumnStats): Float32Array {
  const width = stats.mean.length;
  const out = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) out[i * width + j] = (x[i * width + j] - stats.mean[j]) / stats.std[j];
  }
  return out;
}
