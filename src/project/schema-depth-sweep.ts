/** The schema of `depthSweep`, the optional depth sweep of a project: its settings and the points of its last run. */
import { INITIALIZER_NAMES } from './schema-graph';
import { list, oneOf, realNumber, record, wholeNumber } from './schema-fields';
import { SWEEP_ACTIVATIONS, SWEEP_LIMITS } from '../training/depth-sweep/settings';

const activation = (field: string) =>
  oneOf(field, SWEEP_ACTIVATIONS, 'a sweep activation is an element-wise activation MLP Studio offers (not softmax)');
const depth = (field: string) =>
  wholeNumber(field, SWEEP_LIMITS.depth.min, SWEEP_LIMITS.depth.max, 'a sweep depth counts hidden layers');
const norm = (field: string) =>
  realNumber(field, { min: 0, max: Number.MAX_VALUE }, 'a gradient norm is a finite number of at least 0');

/** Most points a saved sweep holds: every depth of the widest range for every activation. */
const MAX_POINTS = SWEEP_LIMITS.depth.max * SWEEP_ACTIVATIONS.length;

const settingsSchema = record(
  {
    minDepth: depth('minDepth'),
    maxDepth: depth('maxDepth'),
    activations: list(
      activation('each activation'),
      SWEEP_ACTIVATIONS.length,
      'depthSweep.settings.activations lists the activations swept, one line each',
    ).refine(
      (names) => new Set(names).size === names.length,
      'depthSweep.settings.activations names each activation once. Remove the repeated one.',
    ),
    width: wholeNumber(
      'width',
      SWEEP_LIMITS.width.min,
      SWEEP_LIMITS.width.max,
      'the sweep networks have 1 to 256 units per hidden layer',
    ),
    initializer: oneOf(
      'initializer',
      INITIALIZER_NAMES,
      'the hidden layers start from an initialiser MLP Studio offers',
    ),
    steps: wholeNumber(
      'steps',
      SWEEP_LIMITS.steps.min,
      SWEEP_LIMITS.steps.max,
      'each sweep network trains for 0 to 10,000 steps',
    ),
  },
  'depthSweep.settings holds what the sweep trains',
);

const pointSchema = record(
  {
    activation: activation('activation'),
    depth: depth('depth'),
    firstGradNorm: norm('firstGradNorm'),
    lastGradNorm: norm('lastGradNorm'),
    trainLoss: realNumber(
      'trainLoss',
      { min: 0, max: Number.MAX_VALUE },
      'a training loss is a finite number of at least 0',
    ),
  },
  'each depth sweep point is an object',
);

/** The depth sweep of a project (optional; files without it open with the default settings and no results). */
export const depthSweepSchema = record(
  {
    settings: settingsSchema,
    results: list(pointSchema, MAX_POINTS, 'depthSweep.results lists the points of the last sweep').nullable(),
  },
  'depthSweep holds the depth sweep settings and its last results',
);
