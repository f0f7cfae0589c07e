/** A statistics sample taken between steps, at the current weights, that leaves the model as it was. */
import * as tf from './tf';
import type { CompiledModel } from './compile';
import { lossAndGradients } from './gradients';
import type { LossFunction } from './losses';
import type { DeviceSplit } from './metrics';
import type { PenaltyTerm } from './objective';
import { statsTensor, type StatsPlan } from './stats';

/** Rows of the training set such a sample looks at. */
export const SAMPLE_ROWS = 4096;

/**
 * The statistics tensor (see stats.ts) of a forward and backward pass in training mode over the
 * first SAMPLE_ROWS training rows, without applying it. BatchNorm's moving averages, which any
 * training-mode pass moves, are put back afterwards, so looking changes nothing.
 */
export function sampleStats(
  compiled: CompiledModel,
  lossFn: LossFunction,
  terms: PenaltyTerm[],
  plan: StatsPlan,
  train: DeviceSplit,
): tf.Tensor1D {
  const frozen = compiled.weights.filter((w) => !w.trainable);
  const saved = frozen.map((w) => tf.clone(w.variable.read()));
  const result = tf.tidy(() => {
    const rows = Math.min(train.n, SAMPLE_ROWS);
    const x = rows === train.n ? train.x : tf.slice(train.x, [0, 0], [rows, -1]);
    const targets = rows === train.n ? train.targets : tf.slice(train.targets, [0, 0], [rows, -1]);
    const { gradients, outputs } = lossAndGradients(compiled, lossFn, terms, x, targets, true);
    const weights = compiled.trainableWeights.map((w) => w.variable.read());
    const values = statsTensor(plan, gradients, weights, outputs, x);
    tf.dispose(outputs);
    return values;
  });
  frozen.forEach((w, i) => w.variable.write(saved[i]));
  tf.dispose(saved);
  return result;
}
