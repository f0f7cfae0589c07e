import { z } from './zod';
import { LEARNING_RATE_RANGE } from '../training/learning-rate';
import { base64Problem } from './base64';
import { FORMAT_VERSION, type MlpFile } from './types';
import {
  MAX_HISTORY_POINTS,
  MAX_LENGTH,
  MAX_SEED,
  MAX_WEIGHT_FLOATS,
  MAX_WEIGHT_RANK,
  MAX_WEIGHT_TENSORS,
} from './limits';
import { boundedList, flag, list, oneOf, realNumber, record, text, token, wholeNumber } from './schema-fields';
import { backpropSchema } from './schema-backprop';
import { classicSchema } from './schema-classic';
import { classroomSchema } from './schema-classroom';
import { depthSweepSchema } from './schema-depth-sweep';
import { graphSchema, NODE_ID_PATTERN } from './schema-graph';
import { runSetSchema } from './schema-runs';
import { PACE_LIMITS } from '../training/pace';
import { DATASET_KINDS, OPTIMIZER_NAMES } from './choices';

export { DATASET_KINDS, OPTIMIZER_NAMES };

const seed = (field: string) => wholeNumber(field, 0, MAX_SEED, 'a seed is an unsigned 32-bit integer');

const csvSchema = record(
  {
    fileName: text('fileName', MAX_LENGTH.fileName, 'the CSV file name is shown to the user'),
    text: text('text', MAX_LENGTH.csvText, 'the embedded CSV table is plain text'),
    targetColumn: text('targetColumn', MAX_LENGTH.columnName, 'targetColumn names the header of the target column', 1),
    targetKind: oneOf('targetKind', ['class', 'number'], 'the target is a class label or a number'),
  },
  'data.csv embeds an imported table',
);

const dataSchema = record(
  {
    kind: oneOf(
      'kind',
      DATASET_KINDS,
      'the dataset kind must be a generator or bundled data set MLP Studio knows, or csv',
    ),
    samples: wholeNumber('samples', 1, 1_000_000, 'a dataset has 1 to 1,000,000 samples'),
    noise: realNumber('noise', { min: 0, max: 100 }, 'the noise level is from 0 to 100'),
    classes: wholeNumber('classes', 1, 1000, 'a dataset has 1 to 1000 classes'),
    factor: realNumber('factor', { min: 0, max: 1 }, 'the circles radius ratio is from 0 to 1'),
    spread: realNumber('spread', { min: 0, max: 100 }, 'the cluster spread is from 0 to 100'),
    seed: seed('seed'),
    validationSplit: realNumber(
      'validationSplit',
      { min: 0, max: 1, maxExclusive: true },
      'the validation fraction is from 0 up to, not including, 1',
    ),
    standardize: flag('standardize', 'standardize turns feature standardisation on or off'),
    informative: wholeNumber('informative', 1, 2, 'make_classification has 1 or 2 informative features').optional(),
    separation: realNumber('separation', { min: 0, max: 100 }, 'the class separation is from 0 to 100').optional(),
    flip: realNumber('flip', { min: 0, max: 1 }, 'the label noise is a fraction from 0 to 1').optional(),
    csv: csvSchema.optional(),
  },
  'data describes the dataset',
);

const optimizerSchema = record(
  {
    name: oneOf('name', OPTIMIZER_NAMES, 'the optimizer must be one MLP Studio offers'),
    learningRate: realNumber(
      'learningRate',
      { min: 0, max: LEARNING_RATE_RANGE.max, minExclusive: true },
      `the learning rate is above 0 and at most ${LEARNING_RATE_RANGE.max}`,
    ),
    momentum: realNumber('momentum', { min: 0, max: 1 }, 'the momentum coefficient is from 0 to 1'),
    beta1: realNumber('beta1', { min: 0, max: 1 }, "Adam's beta1 is from 0 to 1"),
    beta2: realNumber('beta2', { min: 0, max: 1 }, "Adam's beta2 is from 0 to 1"),
    epsilon: realNumber(
      'epsilon',
      { min: 0, max: 1, minExclusive: true },
      'the optimizer epsilon is above 0 and at most 1',
    ),
    rho: realNumber('rho', { min: 0, max: 1 }, "RMSprop's rho is from 0 to 1"),
    initialAccumulatorValue: realNumber(
      'initialAccumulatorValue',
      { min: 0, max: 1000 },
      "Adagrad's starting accumulator is from 0 to 1000",
    ),
  },
  'training.optimizer configures the optimizer',
);

const earlyStoppingSchema = record(
  {
    enabled: flag('enabled', 'enabled turns early stopping on or off'),
    monitor: oneOf(
      'monitor',
      ['validationLoss', 'trainLoss'],
      'early stopping watches the validation loss or the training loss',
    ),
    patience: wholeNumber('patience', 1, 1_000_000, 'the patience is 1 to 1,000,000 epochs'),
    minDelta: realNumber('minDelta', { min: 0, max: 1000 }, 'the smallest improvement that counts is from 0 to 1000'),
    restoreBest: flag('restoreBest', "restoreBest says whether the best epoch's weights are put back"),
  },
  'training.earlyStopping configures early stopping',
);

const trainingSchema = record(
  {
    optimizer: optimizerSchema,
    batchSize: wholeNumber('batchSize', 0, 1_000_000, 'the batch size is 0 (full batch) to 1,000,000 samples'),
    epochs: wholeNumber('epochs', 1, 1_000_000, 'a run lasts 1 to 1,000,000 epochs'),
    seed: seed('seed'),
    l1: realNumber('l1', { min: 0, max: 100 }, 'the global L1 penalty factor is from 0 to 100'),
    l2: realNumber('l2', { min: 0, max: 100 }, 'the global L2 penalty factor is from 0 to 100'),
    statsEvery: wholeNumber('statsEvery', 1, 1_000_000, 'statistics are sampled every 1 to 1,000,000 steps'),
    epochsPerSecond: realNumber(
      'epochsPerSecond',
      PACE_LIMITS,
      'the training pace is 0.1 to 10,000 epochs per second (leave it out for full speed)',
    ).optional(),
    earlyStopping: earlyStoppingSchema.optional(),
    halveSquaredError: flag('halveSquaredError', 'halveSquaredError trains MSE as ½(ŷ − y)²').optional(),
  },
  'training holds the training settings',
);

const timestamp = (field: string) =>
  z.iso.datetime({
    offset: true,
    error: `${field} is an ISO 8601 date and time. Set ${field} to a value like "2026-01-31T09:00:00.000Z".`,
  });

const metaSchema = record(
  {
    title: text('title', MAX_LENGTH.title, 'the title names the project'),
    description: text('description', MAX_LENGTH.description, 'the description is shown in the Presets menu'),
    created: timestamp('created'),
    modified: timestamp('modified'),
  },
  'meta describes the project',
);

const appSchema = record(
  {
    name: text('name', MAX_LENGTH.appName, 'app.name names the program that wrote the file', 1),
    version: text('version', MAX_LENGTH.appVersion, 'app.version is the version of that program', 1),
  },
  'app names the program that wrote the file',
);

const count = (field: string, need: string) => wholeNumber(field, 0, Number.MAX_SAFE_INTEGER, need);
const finite = (field: string, need: string) => z.number({ error: `${need}. Set ${field} to a finite number.` });
const fraction = (field: string, need: string) => realNumber(field, { min: 0, max: 1 }, need);

const weightSchema = record(
  {
    nodeId: token(
      'nodeId',
      MAX_LENGTH.id,
      NODE_ID_PATTERN,
      'the id of a graph node',
      'a stored weight belongs to a graph node',
    ),
    name: token(
      'name',
      MAX_LENGTH.name,
      /^[A-Za-z0-9_][A-Za-z0-9_./:-]*$/,
      'a tfjs weight name such as "kernel"',
      'a stored weight has a tfjs name',
    ),
    shape: list(
      wholeNumber('each dimension', 1, MAX_WEIGHT_FLOATS, 'a weight dimension is a whole number from 1 up'),
      MAX_WEIGHT_RANK,
      'shape lists the dimensions of the weight',
    ),
    // A loop, not a regular expression: a backtracking engine overflows its stack on 50 MB of base64.
    data: z
      .string({ error: 'data holds the float32 values as base64. Save the trained state again or remove it.' })
      .superRefine((data, context) => {
        const problem = base64Problem(data);
        if (problem !== null)
          context.addIssue({
            code: 'custom',
            message: `data holds the float32 values as base64, but ${problem}. Save the trained state again or remove it.`,
          });
      }),
  },
  'each stored weight is an object',
);

const metricSchema = record(
  {
    step: count('step', 'a history point is taken at a whole step count'),
    epoch: count('epoch', 'a history point is taken at a whole epoch count'),
    trainLoss: finite('trainLoss', 'the training loss of a history point is a number'),
    trainAccuracy: fraction('trainAccuracy', 'an accuracy is a fraction from 0 to 1, or null').nullable(),
    validationLoss: finite('validationLoss', 'the validation loss is a number, or null').nullable(),
    validationAccuracy: fraction('validationAccuracy', 'an accuracy is a fraction from 0 to 1, or null').nullable(),
    trainMisclassified: count('trainMisclassified', 'the misclassified count is a whole number of samples, or null')
      .nullable()
      .optional(),
    validationMisclassified: count(
      'validationMisclassified',
      'the misclassified count is a whole number of samples, or null',
    )
      .nullable()
      .optional(),
  },
  'each history point is an object',
);

const stateSchema = record(
  {
    step: count('step', 'state.step counts the training steps taken'),
    epoch: count('epoch', 'state.epoch counts the epochs trained'),
    weights: list(weightSchema, MAX_WEIGHT_TENSORS, 'state.weights lists the trained weight tensors'),
    history: boundedList(metricSchema, MAX_HISTORY_POINTS, 'state.history lists the recorded training metrics'),
  },
  'state holds the trained weights and history',
);

/** The whole .mlp file at the current version; cross-references are checked after it, in references.ts. */
export const mlpFileSchema = record(
  {
    format: z.literal('mlp-project', { error: 'an MLP Studio project has format "mlp-project".' }),
    version: z.literal(FORMAT_VERSION, { error: `this app writes format version ${FORMAT_VERSION}.` }),
    app: appSchema,
    meta: metaSchema,
    graph: graphSchema,
    data: dataSchema,
    training: trainingSchema,
    notes: text('notes', MAX_LENGTH.notes, 'notes are the workshop notes shown beside the canvas'),
    classroom: classroomSchema.optional(),
    state: stateSchema.optional(),
    runs: runSetSchema(graphSchema, dataSchema, trainingSchema).optional(),
    classic: classicSchema.optional(),
    depthSweep: depthSweepSchema.optional(),
    backprop: backpropSchema.optional(),
  },
  'an MLP Studio project is a JSON object',
);

// Compile-time proof that the schema and the shared MlpFile type describe the same thing.
type SchemaFile = z.output<typeof mlpFileSchema>;
const _schemaMatchesType = (file: SchemaFile): MlpFile => file;
const _typeMatchesSchema = (file: MlpFile & { version: typeof FORMAT_VERSION }): SchemaFile => file;
void _schemaMatchesType;
void _typeMatchesSchema;
