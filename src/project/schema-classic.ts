/** The schema of `classic`, the optional Classic rules workspace settings of a project. */
import { CLASSIC_DATASET_KINDS } from '../classic/types';
import { LEARNING_RATE_RANGE } from '../training/learning-rate';
import { MAX_SEED } from './limits';
import { flag, oneOf, realNumber, record, wholeNumber } from './schema-fields';

const classicDataSchema = record(
  {
    kind: oneOf('kind', CLASSIC_DATASET_KINDS, 'the Classic rules dataset is a generated 2-class plane'),
    samples: wholeNumber('samples', 10, 100_000, 'the Classic rules dataset has 10 to 100,000 samples'),
    noise: realNumber('noise', { min: 0, max: 10 }, 'the noise level is from 0 to 10'),
    spread: realNumber('spread', { min: 0, max: 10 }, 'the cluster spread is from 0 to 10'),
    factor: realNumber(
      'factor',
      { min: 0, max: 1, maxExclusive: true },
      'the circles radius ratio is at least 0 and below 1',
    ),
    seed: wholeNumber('seed', 0, MAX_SEED, 'a seed is an unsigned 32-bit integer'),
    standardize: flag('standardize', 'standardize turns feature standardisation on or off'),
  },
  'classic.data describes the dataset the single neuron learns',
);

/** The Classic rules workspace settings (optional; files without it open with the defaults). */
export const classicSchema = record(
  {
    open: flag('open', 'open says whether the project shows the Classic rules workspace'),
    rule: oneOf('rule', ['perceptron', 'adaline'], 'the classic learning rule is the perceptron or Adaline'),
    data: classicDataSchema,
    learningRate: realNumber(
      'learningRate',
      { min: 0, max: LEARNING_RATE_RANGE.max, minExclusive: true },
      `the learning rate η is above 0 and at most ${LEARNING_RATE_RANGE.max}`,
    ),
    epochs: wholeNumber('epochs', 1, 100_000, 'a classic run lasts 1 to 100,000 epochs'),
    seed: wholeNumber('seed', 0, MAX_SEED, 'a seed is an unsigned 32-bit integer'),
    initialWeights: oneOf(
      'initialWeights',
      ['small-random', 'zeros'],
      'the neuron starts from small random weights or zeros',
    ),
    order: oneOf('order', ['shuffled', 'fixed'], 'samples are visited shuffled each epoch or in a fixed order'),
    batchSize: wholeNumber('batchSize', 0, 100_000, "Adaline's batch size is 0 (full batch) to 100,000 samples"),
    compare: oneOf('compare', ['none', 'rules', 'rates'], 'the comparison is none, both rules, or two learning rates'),
    secondLearningRate: realNumber(
      'secondLearningRate',
      { min: 0, max: LEARNING_RATE_RANGE.max, minExclusive: true },
      `the second learning rate is above 0 and at most ${LEARNING_RATE_RANGE.max}`,
    ),
    logCost: flag('logCost', 'logCost draws the cost chart on a log scale'),
  },
  'classic holds the Classic rules workspace settings',
);
