import type { InputParams } from '../graph/types';
import { DataError } from './errors';
import { planeFeatures } from './features';
import { generateDataset } from './generate';
import { columnStats, splitDataset, standardizeColumns, type ColumnStats } from './split';
import type { Dataset, DatasetSpec, SplitDataset, Task } from './types';

/** Network-ready rows: x is n × inputWidth, y holds class indices or regression targets. */
export interface PreparedSplit {
  x: Float32Array;
  y: Float32Array;
  n: number;
}

/** The plotting range of the raw data, padded a little; for 1-D data x2 is the target's range. */
export interface PlaneBounds {
  x1: [number, number];
  x2: [number, number];
}

/** A dataset generated, split, standardised and mapped through the Input node, ready to train on. */
export interface PreparedData {
  train: PreparedSplit;
  validation: PreparedSplit;
  /** Columns the Input node feeds the network. */
  inputWidth: number;
  task: Task;
  classes: number;
  /** One name per network input column (plane feature names, or the table's column names). */
  featureNames: string[];
  /** Class names for classification (CSV labels or '0', '1', ...); absent for regression. */
  classNames?: string[];
  /** The split before standardisation and feature mapping, for scatter plots. */
  raw: SplitDataset;
  /** Training-set column statistics used for standardisation; null when it is off. */
  standardization: ColumnStats | null;
  /** Range of the raw points for the decision grid; null when the data has more than 2 columns. */
  bounds: PlaneBounds | null;
  /** Maps n raw 2-D points (x1, x2 interleaved; x2 ignored for 1-D data) exactly as the training rows were mapped. */
  transform(raw: Float32Array, n: number): Float32Array;
  /** Maps n raw rows of the dataset's own columns exactly as the training rows were mapped (a projected plane's grid). */
  mapRows(raw: Float32Array, n: number): Float32Array;
}

/** Fraction of the data's range added on each side of the plot bounds so edge points are not clipped. */
const BOUNDS_PADDING = 0.1;

/** The min and max of `count` values read by `at`, padded by BOUNDS_PADDING of the range (±1 when the range is 0). */
export function paddedRange(count: number, at: (i: number) => number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    min = Math.min(min, at(i));
    max = Math.max(max, at(i));
  }
  if (!(max > min)) return Number.isFinite(min) ? [min - 1, min + 1] : [-1, 1];
  const pad = (max - min) * BOUNDS_PADDING;
  return [min - pad, max + pad];
}

/** Bounds over all raw rows (training and validation) of a 1- or 2-column dataset; null for wider tables. */
function planeBounds(raw: SplitDataset): PlaneBounds | null {
  const { train, validation } = raw;
  const width = train.features;
  if (width > 2) return null;
  const n = train.n + validation.n;
  const column = (j: number) => (i: number) =>
    i < train.n ? train.x[i * width + j] : validation.x[(i - train.n) * width + j];
  const target = (i: number) => (i < train.n ? train.y[i] : validation.y[i - train.n]);
  return { x1: paddedRange(n, column(0)), x2: width === 2 ? paddedRange(n, column(1)) : paddedRange(n, target) };
}

/** Widens 1-column rows to (x1, 0) pairs so plane features can read them; 2-column rows pass through. */
function asPlanePoints(x: Float32Array, n: number, width: number): Float32Array {
  if (width === 2) return x;
  const points = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) points[i * 2] = x[i];
  return points;
}

/** Takes the first `width` (1 or 2) coordinates of n interleaved 2-D points. */
function fromPlanePoints(points: Float32Array, n: number, width: number): Float32Array {
  if (width === 2) return points.subarray(0, n * 2);
  return Float32Array.from({ length: n }, (_, i) => points[i * 2]);
}

/**
 * Prepares a dataset for training: generates it from the spec, splits it (seeded, stratified),
 * standardises with training statistics if asked, then maps rows through the Input node: the
 * chosen plane features of (x1, x2) for source 'plane' (x2 = 0 for 1-D data), or the raw columns
 * for source 'table'. Throws DataError for a bad spec, or plane features asked of a wider table.
 * `dataset` is the spec's dataset when the caller has it already (a table parsed in a worker).
 */
export function prepareData(
  spec: DatasetSpec,
  input: InputParams,
  dataset: Dataset = generateDataset(spec),
): PreparedData {
  const raw = splitDataset(dataset, spec.validationSplit, spec.seed);
  const width = dataset.features;
  if (input.source === 'plane' && width > 2) {
    throw new DataError(
      `The Input node derives plane features from 2 columns (x1, x2), but this dataset has ${width} columns ` +
        `(${dataset.featureNames.slice(0, 5).join(', ')}${width > 5 ? ', ...' : ''}). Set the Input node's source to 'table'.`,
      { value: String(width) },
    );
  }
  const standardization = spec.standardize ? columnStats(raw.train.x, raw.train.n, width) : null;
  const mapRows = (x: Float32Array, n: number): Float32Array => {
    const scaled = standardization ? standardizeColumns(x, n, standardization) : x;
    return input.source === 'plane' ? planeFeatures(asPlanePoints(scaled, n, width), n, input.features) : scaled;
  };
  const prepareSplit = (part: SplitDataset['train']): PreparedSplit => ({
    x: mapRows(part.x, part.n),
    y: part.y,
    n: part.n,
  });
  return {
    train: prepareSplit(raw.train),
    validation: prepareSplit(raw.validation),
    inputWidth: input.source === 'plane' ? input.features.length : width,
    task: dataset.task,
    classes: dataset.classes,
    featureNames: input.source === 'plane' ? [...input.features] : [...dataset.featureNames],
    classNames: dataset.classNames,
    raw,
    standardization,
    bounds: planeBounds(raw),
    mapRows,
    transform(points, n) {
      if (width > 2) {
        throw new DataError(
          `Only 1- or 2-column datasets can be mapped from plane points; this one has ${width} columns.`,
        );
      }
      return mapRows(fromPlanePoints(points, n, width), n);
    },
  };
}
