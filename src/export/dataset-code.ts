/**
 * The data section of a generated script: the exact training and validation rows the app trains
 * on, embedded as literals of the raw points (so the script runs standalone and sees the same
 * data), then the Input node's transforms — standardisation with the app's training statistics and
 * the plane features — written out in Python, so a reader sees what the network is fed.
 */
import { isRealDatasetKind, prepareData, REAL_DATASETS, type PreparedData } from '../data/index';
import type { DatasetSpec } from '../data/types';
import type { InputParams, PlaneFeature } from '../graph/types';
import { commentText, rowsLiteral } from './python';

/** The array library a script computes with. */
export type ArrayLibrary = 'torch' | 'numpy';

const FEATURE_EXPRESSIONS: Record<PlaneFeature, (lib: string) => string> = {
  x1: () => 'x1',
  x2: () => 'x2',
  x1Squared: () => 'x1 * x1',
  x2Squared: () => 'x2 * x2',
  x1x2: () => 'x1 * x2',
  sinX1: (lib) => `${lib}.sin(x1)`,
  sinX2: (lib) => `${lib}.sin(x2)`,
};

function describeSpec(spec: DatasetSpec): string {
  if (spec.kind === 'csv')
    return (
      `The table '${commentText(spec.csv?.fileName ?? 'imported.csv')}' (target column ` +
      `'${commentText(spec.csv?.targetColumn ?? '')}')`
    );
  if (isRealDatasetKind(spec.kind)) {
    const info = REAL_DATASETS.get(spec.kind)!;
    return `The ${info.title} data set (${info.source}, ${info.url}; licence ${info.licence}; split seed ${spec.seed})`;
  }
  const settings = [`${spec.samples} samples`, `noise ${spec.noise}`, `seed ${spec.seed}`];
  if (spec.kind === 'blobs' || spec.kind === 'spiral') settings.push(`${spec.classes} classes`);
  if (spec.kind === 'circles') settings.push(`factor ${spec.factor}`);
  if (spec.kind === 'classification')
    settings.push(
      `informative ${spec.informative ?? 2}, separation ${spec.separation ?? 1}, label noise ${spec.flip ?? 0.01}`,
    );
  if (spec.kind === 'blobs' || spec.kind === 'gaussians') settings.push(`spread ${spec.spread}`);
  return `The ${spec.kind} dataset (${settings.join(', ')})`;
}

function featuresFunction(input: InputParams, rawWidth: number, lib: ArrayLibrary): string[] {
  const libName = lib === 'torch' ? 'torch' : 'np';
  const stackAxis = lib === 'torch' ? 'dim=1' : 'axis=1';
  if (input.source === 'table') {
    return [
      'def input_features(points):',
      `    """The Input node reads the ${rawWidth} table column${rawWidth === 1 ? '' : 's'} as they are."""`,
      '    return points',
      '',
    ];
  }
  const labels = input.features.map((f) => FEATURE_EXPRESSIONS[f](libName));
  const x2 =
    rawWidth === 1
      ? `    x2 = ${libName}.zeros_like(x1)  # 1-column data: x2 is 0, as in the app`
      : '    x2 = points[:, 1]';
  return [
    'def input_features(points):',
    `    """The Input node: each point (x1, x2) becomes [${input.features.join(', ')}]."""`,
    '    x1 = points[:, 0]',
    x2,
    `    return ${libName}.stack([${labels.join(', ')}], ${stackAxis})`,
    '',
  ];
}

/** The data section (Python lines) and the prepared data it reproduces. */
export interface DataSection {
  lines: string[];
  data: PreparedData;
}

/**
 * Writes TRAIN_POINTS / TRAIN_LABELS / VALIDATION_POINTS / VALIDATION_LABELS as float32-exact
 * literals, the standardisation constants when it is on, and `input_features(points)`; the
 * script then has `X_train`, `X_val` after `prepare(points)`. Throws DataError for a bad spec.
 */
export function dataSection(spec: DatasetSpec, input: InputParams, lib: ArrayLibrary): DataSection {
  const data = prepareData(spec, input);
  const { train, validation } = data.raw;
  const width = train.features;
  const named = data.classNames?.some((c, i) => c !== String(i)) ?? false;
  const classNames =
    data.classNames && named && data.task !== 'regression'
      ? ` Classes: ${data.classNames.map((c, i) => `${i} = ${commentText(c)}`).join(', ')}.`
      : '';
  const lines = [
    '# ---------------------------------------------------------------------------',
    '# Data',
    '# ---------------------------------------------------------------------------',
    `# ${describeSpec(spec)}, exactly as MLP Studio generated and split it:`,
    `# ${train.n} training and ${validation.n} validation rows (validation split ${spec.validationSplit}).`,
    `# Each row holds the raw columns ${data.raw.train.featureNames.map(commentText).join(', ')}; labels are ` +
      `${data.task === 'regression' ? 'the numbers to predict' : 'class indices'}.${classNames}`,
    `TRAIN_POINTS = ${rowsLiteral(train.x, train.n, width, '')}`,
    `TRAIN_LABELS = ${rowsLiteral(train.y, train.n, 1, '')}`,
    `VALIDATION_POINTS = ${rowsLiteral(validation.x, validation.n, width, '')}`,
    `VALIDATION_LABELS = ${rowsLiteral(validation.y, validation.n, 1, '')}`,
    '',
  ];
  if (data.standardization) {
    const { mean, std } = data.standardization;
    lines.push(
      '# Standardisation (on in the app): every column minus the training mean, over the training standard deviation.',
      `COLUMN_MEAN = [${Array.from(mean, (v) => String(v)).join(', ')}]`,
      `COLUMN_STD = [${Array.from(std, (v) => String(v)).join(', ')}]`,
      '',
    );
  }
  lines.push(...featuresFunction(input, width, lib));
  const asArray =
    lib === 'torch' ? 'torch.tensor(points, dtype=torch.float32)' : 'np.asarray(points, dtype=np.float32)';
  const constant = (name: string) =>
    lib === 'torch' ? `torch.tensor(${name}, dtype=torch.float64)` : `np.asarray(${name}, dtype=np.float64)`;
  const toFloat32 = lib === 'torch' ? '.to(torch.float32)' : '.astype(np.float32)';
  lines.push(
    'def prepare(points):',
    '    """Raw rows → the network\'s input, as the app maps them."""',
    `    points = ${asArray}`,
  );
  if (data.standardization) {
    lines.push(`    points = ((points - ${constant('COLUMN_MEAN')}) / ${constant('COLUMN_STD')})${toFloat32}`);
  }
  lines.push('    return input_features(points)', '', '');
  return { lines, data };
}
