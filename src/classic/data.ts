/** The dataset a classic rule learns from: a generated 2-class plane, optionally standardised. */
import { columnStats, DataError, generateDataset, standardizeColumns } from '../data/index';
import type { DatasetSpec } from '../data/types';
import type { ClassicData } from './neuron';
import type { ClassicDataSpec } from './types';

/** The prepared samples, plus what the plot needs to label them. */
export interface PreparedClassicData extends ClassicData {
  /** Per-feature mean and standard deviation used when standardised; null otherwise. */
  standardization: { mean: [number, number]; std: [number, number] } | null;
}

/** The full generator spec for a classic dataset: two classes, nothing held out. */
export function toDatasetSpec(spec: ClassicDataSpec): DatasetSpec {
  return { ...spec, classes: 2, validationSplit: 0 };
}

/**
 * Generates the samples (every row is trained on, as the notebook fits on all of X) and, when asked,
 * standardises each feature with the dataset's own mean and population standard deviation. Throws
 * a DataError for settings out of range or a dataset that is not two classes in two features.
 */
export function prepareClassicData(spec: ClassicDataSpec): PreparedClassicData {
  const dataset = generateDataset(toDatasetSpec(spec));
  if (dataset.features !== 2 || dataset.classes !== 2 || dataset.task === 'regression') {
    throw new DataError(
      `A single neuron here separates two classes in the x1–x2 plane, but the '${spec.kind}' dataset has ` +
        `${dataset.classes} classes in ${dataset.features} features. Pick a 2-class plane dataset such as blobs.`,
      { value: spec.kind },
    );
  }
  const n = dataset.n;
  let x = Float64Array.from(dataset.x);
  let standardization: PreparedClassicData['standardization'] = null;
  if (spec.standardize) {
    const stats = columnStats(dataset.x, n, 2);
    x = Float64Array.from(standardizeColumns(dataset.x, n, stats));
    standardization = { mean: [stats.mean[0], stats.mean[1]], std: [stats.std[0], stats.std[1]] };
  }
  return { n, x, y: Float64Array.from(dataset.y), standardization };
}
