/** Turns a bundled data set's asset (assets/datasets/*.json) into a Dataset, checking it against the catalogue. */
import { DataError } from '../errors';
import type { Dataset } from '../types';
import { REAL_DATASETS, type RealDatasetKind } from './catalog';

/** The JSON layout scripts/make-real-datasets.py writes. */
export interface RealDatasetAsset {
  id: string;
  samples: number;
  features: number;
  featureNames: string[];
  classNames: string[];
  /** Row-major feature values, or (digits) the base64 of one byte per pixel. */
  x: number[] | string;
  /** Class index of each row. */
  y: number[];
}

/** Side of the digits' square images. */
const DIGIT_SIDE = 8;

/** The bytes of a base64 string (atob exists in Node, pages and workers alike). */
function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Throws a DataError naming the data set when its asset disagrees with what the catalogue promises. */
function check(kind: RealDatasetKind, ok: boolean, what: string): void {
  if (!ok) {
    throw new DataError(
      `The bundled '${kind}' data set is damaged: ${what}. Rebuild assets/datasets with scripts/make-real-datasets.py.`,
    );
  }
}

/** Builds the Dataset of one bundled set from its asset; throws a DataError when the asset is damaged. */
export function decodeRealDataset(kind: RealDatasetKind, asset: RealDatasetAsset): Dataset {
  const info = REAL_DATASETS.get(kind)!;
  const { samples: n, features } = info;
  check(kind, asset.samples === n && asset.features === features, `it has ${asset.samples} × ${asset.features} values`);
  const values = typeof asset.x === 'string' ? base64Bytes(asset.x) : asset.x;
  check(kind, values.length === n * features, `it holds ${values.length} values instead of ${n * features}`);
  check(kind, asset.y.length === n, `it holds ${asset.y.length} labels instead of ${n}`);
  check(kind, asset.featureNames.length === features, `it names ${asset.featureNames.length} features`);
  check(kind, asset.classNames.length === info.classes, `it names ${asset.classNames.length} classes`);
  const x = Float32Array.from(values);
  check(kind, x.every(Number.isFinite), 'a feature value is not a finite number');
  const y = Float32Array.from(asset.y);
  check(
    kind,
    y.every((c) => Number.isInteger(c) && c >= 0 && c < info.classes),
    'a label is not a class index',
  );
  return {
    n,
    features,
    x,
    y,
    task: info.classes === 2 ? 'binary' : 'multiclass',
    classes: info.classes,
    featureNames: [...asset.featureNames],
    classNames: [...asset.classNames],
    ...(kind === 'digits' ? { image: { width: DIGIT_SIDE, height: DIGIT_SIDE } } : {}),
  };
}
