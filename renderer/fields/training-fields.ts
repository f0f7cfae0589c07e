/**
 * The training settings the inspector edits, with ranges and the maths each one changes. Optimizer
 * parameters are listed only for the optimizers that read them.
 */
import {
  type EarlyStoppingConfig,
  type EarlyStoppingMonitor,
  type OptimizerConfig,
  type OptimizerName,
  type TrainingConfig,
  LEARNING_RATE_RANGE,
} from '../../src/training/light';

/** One number setting of the optimizer or of the run. */
export interface TrainingField<K extends string> {
  key: K;
  label: string;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  help: string;
  /** Optimizers that read it; absent means the setting is not an optimizer's. */
  optimizers?: OptimizerName[];
}

/** The optimizers, labelled with their update rule. */
export const OPTIMIZER_OPTIONS: { value: OptimizerName; label: string }[] = [
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'SGD with momentum' },
  { value: 'nesterov', label: 'SGD with Nesterov momentum' },
  { value: 'adam', label: 'Adam' },
  { value: 'rmsprop', label: 'RMSprop' },
  { value: 'adagrad', label: 'Adagrad' },
];

/** Optimizer parameters, the learning rate first. */
export const OPTIMIZER_FIELDS: TrainingField<Exclude<keyof OptimizerConfig, 'name'>>[] = [
  {
    key: 'learningRate',
    label: 'Learning rate (η)',
    min: LEARNING_RATE_RANGE.min,
    max: LEARNING_RATE_RANGE.max,
    step: 0.001,
    help: 'Step size: w ← w − η·∂L/∂w. Too large diverges (try 50 to watch the guard stop it), too small crawls.',
  },
  {
    key: 'momentum',
    label: 'Momentum',
    min: 0,
    max: 0.999,
    step: 0.01,
    optimizers: ['momentum', 'nesterov', 'rmsprop'],
    help:
      'Share μ of the previous velocity kept at each step: v ← μ·v + g, w ← w − η·v (Nesterov steps w ← w − ' +
      'η·(g + μ·v), looking one step ahead; RMSprop applies it to its scaled steps).',
  },
  {
    key: 'beta1',
    label: 'Beta 1 (β₁)',
    min: 0,
    max: 0.9999,
    step: 0.01,
    optimizers: ['adam'],
    help: "Decay of Adam's running mean of the gradient: m ← β₁·m + (1 − β₁)·g.",
  },
  {
    key: 'beta2',
    label: 'Beta 2 (β₂)',
    min: 0,
    max: 0.99999,
    step: 0.001,
    optimizers: ['adam'],
    help: "Decay of Adam's running mean of the squared gradient: v ← β₂·v + (1 − β₂)·g².",
  },
  {
    key: 'rho',
    label: 'Rho (ρ)',
    min: 0,
    max: 0.9999,
    step: 0.01,
    optimizers: ['rmsprop'],
    help: 'Decay of the running mean of squared gradients: s ← ρ·s + (1 − ρ)·g².',
  },
  {
    key: 'initialAccumulatorValue',
    label: 'Initial accumulator',
    min: 0,
    max: 10,
    step: 0.01,
    optimizers: ['adagrad'],
    help: 'Starting value G₀ of the sum of squared gradients G ← G + g²; above 0, so the first steps are not huge.',
  },
  {
    key: 'epsilon',
    label: 'Epsilon (ε)',
    min: 1e-10,
    max: 1,
    step: 1e-7,
    optimizers: ['adam', 'rmsprop', 'adagrad'],
    help: 'Added to the denominator so that a tiny gradient history does not divide by zero.',
  },
];

/** Settings of the run itself. */
export const RUN_FIELDS: TrainingField<
  Exclude<keyof TrainingConfig, 'optimizer' | 'epochsPerSecond' | 'earlyStopping' | 'halveSquaredError'>
>[] = [
  {
    key: 'batchSize',
    label: 'Batch size',
    min: 0,
    max: 100_000,
    step: 1,
    integer: true,
    help: 'Samples per gradient step; 0 uses the whole training set (full-batch gradient descent).',
  },
  {
    key: 'epochs',
    label: 'Epochs',
    min: 1,
    max: 1_000_000,
    step: 1,
    integer: true,
    help: 'Passes over the training set before a run stops by itself.',
  },
  {
    key: 'seed',
    label: 'Seed',
    min: 0,
    max: 0xffff_ffff,
    step: 1,
    integer: true,
    help: 'Seed of weight initialisation, batch order and dropout: the same seed trains the same way.',
  },
  {
    key: 'l1',
    label: 'L1 penalty',
    min: 0,
    max: 1,
    step: 0.0001,
    help: 'Adds λ₁·Σ|w| over every Linear kernel to the loss, pushing weights to exactly zero.',
  },
  {
    key: 'l2',
    label: 'L2 penalty',
    min: 0,
    max: 1,
    step: 0.0001,
    help: 'Adds λ₂·Σw² over every Linear kernel to the loss (weight decay).',
  },
  {
    key: 'statsEvery',
    label: 'Stats every (steps)',
    min: 1,
    max: 10_000,
    step: 1,
    integer: true,
    help: 'How often gradient and activation statistics are sampled for the charts.',
  },
];

/** What early stopping can watch. */
export const MONITOR_OPTIONS: { value: EarlyStoppingMonitor; label: string }[] = [
  { value: 'validationLoss', label: 'Validation loss' },
  { value: 'trainLoss', label: "Training loss (scikit-learn's tol)" },
];

/** The help of each early-stopping setting. */
export const EARLY_STOPPING_TIPS: Record<keyof EarlyStoppingConfig, string> = {
  enabled: 'Ends the run before its epochs once the watched loss stops improving; the loss chart marks where.',
  monitor:
    "The loss judged at the end of every epoch: the validation loss (Keras's rule) catches overfitting; the " +
    "training loss (with penalty) follows scikit-learn's MLP, whose tol rule stops after more than `patience` " +
    'epochs that each improve by less than min delta.',
  patience:
    "Epochs in a row without an improvement before the run stops (scikit-learn's n_iter_no_change, Keras's patience).",
  minDelta: "An epoch improves only when the loss falls below the best so far by more than this (scikit-learn's tol).",
  restoreBest:
    "When the run stops, put back the weights of the epoch with the lowest watched loss (Keras's restore_best_weights).",
};
