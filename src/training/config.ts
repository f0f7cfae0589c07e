/**
 * Training settings saved with a project. Plain data (no tfjs), so the project format and the UI
 * can use it without loading the engine.
 */

/** Optimizers the trainer offers; 'momentum' is SGD with classical momentum, 'nesterov' SGD with Nesterov momentum. */
export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adam' | 'rmsprop' | 'adagrad';

/** An optimizer and every parameter any of them reads; unused ones are kept so switching back restores them. */
export interface OptimizerConfig {
  name: OptimizerName;
  learningRate: number;
  /** Momentum coefficient for 'momentum', 'nesterov' and 'rmsprop'. */
  momentum: number;
  /** Adam's first and second moment decay rates. */
  beta1: number;
  beta2: number;
  /** Numerical fuzz for adam, rmsprop and adagrad. */
  epsilon: number;
  /** RMSprop's decay of the squared-gradient average. */
  rho: number;
  /** Adagrad's starting accumulator. */
  initialAccumulatorValue: number;
}

/**
 * Which loss early stopping watches: the validation loss (Keras's EarlyStopping) or the training loss with penalty
 * (scikit-learn's tol-based stop).
 */
export type EarlyStoppingMonitor = 'validationLoss' | 'trainLoss';

/** Early stopping: end a run once the watched loss has not improved for `patience` epochs. */
export interface EarlyStoppingConfig {
  enabled: boolean;
  monitor: EarlyStoppingMonitor;
  /** Epochs in a row without an improvement before the run stops. */
  patience: number;
  /** An epoch improves only when the loss falls below the best so far by more than this. */
  minDelta: number;
  /** Put back the weights of the best epoch when the run stops (Keras's restore_best_weights). */
  restoreBest: boolean;
}

/** Early stopping as a new project has it: off, watching the validation loss with patience 10. */
export const DEFAULT_EARLY_STOPPING: EarlyStoppingConfig = {
  enabled: false,
  monitor: 'validationLoss',
  patience: 10,
  minDelta: 0.0001,
  restoreBest: true,
};

/** How a network is trained. */
export interface TrainingConfig {
  optimizer: OptimizerConfig;
  /** Samples per step; 0 means full batch. */
  batchSize: number;
  /** Epochs a "Train" run goes for before it stops by itself. */
  epochs: number;
  /** Seed of weight initialisation, batch order and dropout masks. */
  seed: number;
  /** Global L1/L2 penalties added to every Linear kernel (on top of a node's own). */
  l1: number;
  l2: number;
  /** Gradient and activation statistics are sampled every this many steps. */
  statsEvery: number;
  /**
   * The pace a run plays at, in epochs per second, so a room can watch it learn (additive field,
   * saved with a lesson); absent means full speed.
   */
  epochsPerSecond?: number;
  /** Absent in files written before it existed: then a run goes for its epochs. */
  earlyStopping?: EarlyStoppingConfig;
  /** Train MSE as ½(ŷ − y)², the textbook convention (the loss and every gradient halved); absent means the app's (ŷ − y)². */
  halveSquaredError?: boolean;
}

/** Default optimizer parameters (tfjs defaults, SGD at 0.1). */
export const DEFAULT_OPTIMIZER: OptimizerConfig = {
  name: 'sgd',
  learningRate: 0.1,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  rho: 0.9,
  initialAccumulatorValue: 0.1,
};

/** Default training settings for a new project. */
export const DEFAULT_TRAINING: TrainingConfig = {
  optimizer: DEFAULT_OPTIMIZER,
  batchSize: 32,
  epochs: 500,
  seed: 42,
  l1: 0,
  l2: 0,
  statsEvery: 10,
};
