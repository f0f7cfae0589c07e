/** tfjs optimizers from the project's OptimizerConfig, and a learning-rate change that keeps their state. */
import * as tf from './tf';
import type { OptimizerConfig } from './config';
import { ENGINE_LEARNING_RATE_LIMIT } from './learning-rate';

/** Largest learning rate accepted (learning-rate.ts); beyond it every step overflows float32 at once. */
export const MAX_LEARNING_RATE = ENGINE_LEARNING_RATE_LIMIT;

/** Throws an error a person can act on unless `learningRate` is a finite number in (0, MAX_LEARNING_RATE]. */
export function checkLearningRate(learningRate: number): void {
  if (!(Number.isFinite(learningRate) && learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
    throw new RangeError(
      `Learning rate ${String(learningRate)} is not usable: it must be a number above 0 and at most ` +
        `${MAX_LEARNING_RATE}. Try 0.01 to 0.5 for SGD or 0.001 for Adam.`,
    );
  }
}

function checkUnit(label: string, value: number, closedAtOne = false): void {
  const ok = Number.isFinite(value) && value >= 0 && (closedAtOne ? value <= 1 : value < 1);
  if (!ok)
    throw new RangeError(
      `Optimizer ${label} ${String(value)} must be from 0 to ${closedAtOne ? '1' : 'below 1'}. The usual value is 0.9.`,
    );
}

/**
 * Creates the optimizer `config` names: 'sgd' (w ← w − η·g), 'momentum' (v ← μ·v + g; w ← w − η·v),
 * 'nesterov' (v ← μ·v + g; w ← w − η·(g + μ·v), scikit-learn's and PyTorch's Nesterov step), 'adam', 'rmsprop' (decay
 * ρ, momentum μ) or 'adagrad'. The caller owns it and must dispose() it.
 */
export function createOptimizer(config: OptimizerConfig): tf.Optimizer {
  checkLearningRate(config.learningRate);
  const lr = config.learningRate;
  switch (config.name) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      checkUnit('momentum', config.momentum);
      return tf.train.momentum(lr, config.momentum, false);
    case 'nesterov':
      checkUnit('momentum', config.momentum);
      return tf.train.momentum(lr, config.momentum, true);
    case 'adam':
      checkUnit('beta1', config.beta1);
      checkUnit('beta2', config.beta2);
      return tf.train.adam(lr, config.beta1, config.beta2, config.epsilon);
    case 'rmsprop':
      checkUnit('rho', config.rho);
      checkUnit('momentum', config.momentum);
      return tf.train.rmsprop(lr, config.rho, config.momentum, config.epsilon, false);
    case 'adagrad':
      if (!(config.initialAccumulatorValue > 0)) {
        throw new RangeError(
          `Adagrad's initial accumulator ${String(config.initialAccumulatorValue)} must be above 0; the usual value is 0.1.`,
        );
      }
      return tf.train.adagrad(lr, config.initialAccumulatorValue);
    default: {
      const unknown: never = config.name;
      throw new Error(
        `Unknown optimizer '${String(unknown)}'. Pick sgd, momentum, nesterov, adam, rmsprop or adagrad.`,
      );
    }
  }
}

/**
 * Changes the learning rate of a live optimizer in place, keeping its moments and accumulators.
 * SGD and momentum cache −η as a tensor, so they go through setLearningRate; the others read the
 * `learningRate` field on every step (a protected field in the typings, public at runtime).
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  checkLearningRate(learningRate);
  // Not `instanceof`: tfjs gives Optimizer a duck-typed Symbol.hasInstance that every subclass inherits.
  const cached = optimizer as unknown as { setLearningRate?: (rate: number) => void };
  if (typeof cached.setLearningRate === 'function') {
    cached.setLearningRate(learningRate);
    return;
  }
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

/** The learning rate a live optimizer will use on its next step. */
export function learningRateOf(optimizer: tf.Optimizer): number {
  return (optimizer as unknown as { learningRate: number }).learningRate;
}

/**
 * Frees an optimizer and all its state. tfjs 4.22's MomentumOptimizer.dispose() forgets the −η
 * scalar it inherits from SGD (one tensor leaked per optimizer), so that one is freed here too.
 */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const cachedRate = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (cachedRate && !cachedRate.isDisposed) cachedRate.dispose();
}
