/** The data layer: seeded randomness, dataset generators, CSV import, split, standardisation and plane features. */
export { createRng, deriveSeed, normalizeSeed, type Rng } from './rng';
export { DataError } from './errors';
export { DEFAULT_DATASET, checkDatasetSpec, generateDataset } from './generate';
export { parseCsvDataset } from './csv';
export { countCsvRecords, leadingLines } from './csv-rows';
export { splitDataset, columnStats, standardizeColumns, type ColumnStats } from './split';
export { planeFeatures, PLANE_FEATURE_FUNCTIONS, PLANE_FEATURE_LABELS } from './features';
export { prepareData, type PreparedData, type PreparedSplit, type PlaneBounds } from './prepare';
export {
  REAL_DATASETS,
  REAL_DATA_COPY,
  isRealDatasetKind,
  type RealDatasetInfo,
  type RealDatasetKind,
} from './real/catalog';
export { ensureDatasetLoaded, loadRealDataset, loadedRealDataset } from './real/load';
export { formatCount, LARGE_CSV_CHARS, MAX_CLASSES, MAX_COLUMNS, MAX_NOISE, MAX_SAMPLES, MIN_SAMPLES } from './limits';
export type { CsvSource, Dataset, DatasetKind, DatasetSpec, SplitDataset, Task } from './types';
export {
  PCA_PROJECTION,
  planeProjection,
  projectRows,
  sameProjection,
  unprojectPoints,
  type PlaneProjection,
  type ProjectionChoice,
} from './projection';
export { projectedPlane, type ProjectedPlane } from './projected-plane';
export { classificationSettings } from './generators/classification';
