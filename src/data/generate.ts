import { parseCsvDataset } from './csv';
import { DataError } from './errors';
import { generateBlobs } from './generators/blobs';
import { generateCircles } from './generators/circles';
import { generateGaussians } from './generators/gaussians';
import { classificationSettings, generateClassification } from './generators/classification';
import { generateLinear } from './generators/linear';
import { generateMoons } from './generators/moons';
import { generatePlane, generateSine } from './generators/regression';
import { generateSpiral } from './generators/spiral';
import { generateXor } from './generators/xor';
import { MAX_CLASSES, MAX_NOISE, MAX_SAMPLES, MIN_SAMPLES, formatCount } from './limits';
import { isRealDatasetKind } from './real/catalog';
import { realDataset } from './real/load';
import { createRng } from './rng';
import type { Dataset, DatasetKind, DatasetSpec } from './types';

/** The dataset of a new project: the workshops' make_moons(200, noise=0.1). */
export const DEFAULT_DATASET: DatasetSpec = {
  kind: 'moons',
  samples: 200,
  noise: 0.1,
  classes: 2,
  factor: 0.5,
  spread: 1,
  seed: 1,
  validationSplit: 0.2,
  standardize: false,
};

/** Kinds whose number of classes the user chooses; every other classifier has 2. */
const MULTICLASS_KINDS: ReadonlySet<DatasetKind> = new Set(['blobs', 'spiral']);

/** Throws a DataError unless `value` is a number within [min, max] (and whole, if asked). */
function checkRange(label: string, value: number, min: number, max: number, whole = false): void {
  const ok = Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value));
  if (!ok) {
    const kind = whole ? 'a whole number' : 'a number';
    throw new DataError(
      `${label} must be ${kind} from ${formatCount(min)} to ${formatCount(max)}, but is ${String(value)}. ` +
        `Set ${label.toLowerCase()} within that range.`,
      { value: String(value) },
    );
  }
}

/** Checks the generator settings a spec uses and throws a DataError naming the first bad one; csv specs are checked by the parser. */
export function checkDatasetSpec(spec: DatasetSpec): void {
  if (spec.kind === 'csv' || isRealDatasetKind(spec.kind)) return;
  checkRange('Samples', spec.samples, MIN_SAMPLES, MAX_SAMPLES, true);
  checkRange('Noise', spec.noise, 0, MAX_NOISE);
  if (MULTICLASS_KINDS.has(spec.kind)) {
    checkRange('Classes', spec.classes, 2, MAX_CLASSES, true);
    // Fewer than 2 samples per class would leave a class out of training or validation.
    if (spec.samples < 2 * spec.classes) {
      throw new DataError(
        `${spec.samples} samples are too few for ${spec.classes} classes: each class needs at least 2. ` +
          `Set samples to at least ${2 * spec.classes} or use fewer classes.`,
        { value: String(spec.samples) },
      );
    }
  }
  if (spec.kind === 'circles' && !(spec.factor >= 0 && spec.factor < 1)) {
    throw new DataError(
      `Factor (inner/outer radius ratio of circles) must be at least 0 and below 1, but is ${String(spec.factor)}. ` +
        'Set it between 0 and 0.99; 0.5 is a good start.',
      { value: String(spec.factor) },
    );
  }
  if (spec.kind === 'blobs' || spec.kind === 'gaussians') checkRange('Spread', spec.spread, 0, MAX_NOISE);
  if (spec.kind === 'classification') {
    const settings = classificationSettings(spec);
    checkRange('Informative features', settings.informative, 1, 2, true);
    checkRange('Class separation', settings.separation, 0, MAX_NOISE);
    checkRange('Label noise', settings.flip, 0, 1);
  }
}

/**
 * Generates the dataset a spec describes, deterministically from spec.seed (the same spec gives
 * the same numbers bit for bit everywhere); 'csv' parses the embedded table; a real data set is
 * copied from its loaded asset (ensureDatasetLoaded first). Throws DataError for settings out of range,
 * a bad table or a real set not loaded yet.
 */
export function generateDataset(spec: DatasetSpec): Dataset {
  checkDatasetSpec(spec);
  const rng = createRng(spec.seed);
  switch (spec.kind) {
    case 'moons':
      return generateMoons(spec, rng);
    case 'circles':
      return generateCircles(spec, rng);
    case 'linear':
      return generateLinear(spec, rng);
    case 'classification':
      return generateClassification(spec, rng);
    case 'blobs':
      return generateBlobs(spec, rng);
    case 'xor':
      return generateXor(spec, rng);
    case 'spiral':
      return generateSpiral(spec, rng);
    case 'gaussians':
      return generateGaussians(spec, rng);
    case 'sine':
      return generateSine(spec, rng);
    case 'plane':
      return generatePlane(spec, rng);
    case 'iris':
    case 'wine':
    case 'breastCancer':
    case 'digits': {
      const dataset = realDataset(spec.kind);
      return { ...dataset, x: dataset.x.slice(), y: dataset.y.slice(), featureNames: [...dataset.featureNames] };
    }
    case 'csv':
      if (!spec.csv) {
        throw new DataError(
          'The dataset is set to an imported CSV table, but no table is attached. Import a CSV file or pick a built-in dataset.',
        );
      }
      return parseCsvDataset(spec.csv);
    default: {
      const unknown: never = spec.kind;
      throw new DataError(
        `Unknown dataset kind '${String(unknown)}'. Pick one of moons, circles, linear, classification, blobs, ` +
          `xor, spiral, gaussians, sine, plane, iris, wine, breastCancer, digits or csv.`,
      );
    }
  }
}
