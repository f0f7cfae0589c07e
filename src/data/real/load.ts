/**
 * Loads the bundled real data sets on demand: each asset is a separate chunk (dynamic import), so
 * the app's start-up bundle does not carry them; once loaded, a set is kept for the rest of the session.
 */
import { DataError } from '../errors';
import type { Dataset, DatasetSpec } from '../types';
import { isRealDatasetKind, REAL_DATASETS, type RealDatasetKind } from './catalog';
import { decodeRealDataset, type RealDatasetAsset } from './decode';

/** Fetches one asset's JSON; each branch is its own chunk in the web build. */
function importAsset(kind: RealDatasetKind): Promise<{ default: unknown }> {
  switch (kind) {
    case 'iris':
      return import('../../../assets/datasets/iris.json');
    case 'wine':
      return import('../../../assets/datasets/wine.json');
    case 'breastCancer':
      return import('../../../assets/datasets/breast-cancer.json');
    case 'digits':
      return import('../../../assets/datasets/digits.json');
  }
}

/** Sets already decoded in this thread. */
const loaded = new Map<RealDatasetKind, Dataset>();
/** Loads under way, so two callers share one. */
const loading = new Map<RealDatasetKind, Promise<Dataset>>();

/** Loads (once per thread) and returns a bundled data set. */
export function loadRealDataset(kind: RealDatasetKind): Promise<Dataset> {
  const done = loaded.get(kind);
  if (done) return Promise.resolve(done);
  let pending = loading.get(kind);
  if (!pending) {
    pending = importAsset(kind).then((module) => {
      const dataset = decodeRealDataset(kind, module.default as RealDatasetAsset);
      loaded.set(kind, dataset);
      loading.delete(kind);
      return dataset;
    });
    pending.catch(() => loading.delete(kind));
    loading.set(kind, pending);
  }
  return pending;
}

/** The bundled set if this thread has loaded it, else undefined. */
export function loadedRealDataset(kind: RealDatasetKind): Dataset | undefined {
  return loaded.get(kind);
}

/** Loads what a spec's dataset needs before it can be generated synchronously; a no-op for generated and CSV data. */
export async function ensureDatasetLoaded(spec: Pick<DatasetSpec, 'kind'>): Promise<void> {
  if (isRealDatasetKind(spec.kind)) await loadRealDataset(spec.kind);
}

/** The loaded set of a real kind; throws a DataError that says to load it first when it is not. */
export function realDataset(kind: RealDatasetKind): Dataset {
  const dataset = loaded.get(kind);
  if (!dataset) {
    throw new DataError(
      `The ${REAL_DATASETS.get(kind)!.title} data set is not loaded yet. Wait a moment, or call ` +
        'ensureDatasetLoaded(spec) before generating it.',
    );
  }
  return dataset;
}
