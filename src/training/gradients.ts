/** One forward and backward pass: the loss of a batch and its gradient for every trainable weight. */
import * as tf from './tf';
import type { CompiledModel } from './compile';
import type { LossFunction } from './losses';
import { regularizationPenalty, runTrainingModel, trainableVariables, type PenaltyTerm } from './objective';

/** The result of lossAndGradients; all tensors belong to the caller's tf.tidy except `outputs`, which the caller disposes. */
export interface LossAndGradients {
  /** Data loss plus penalty. */
  loss: tf.Scalar;
  /** ∂loss/∂w for each of compiled.trainableWeights, in that order. */
  gradients: tf.Tensor[];
  /** The training model's outputs (head, then node outputs) when asked for, else empty. */
  outputs: tf.Tensor[];
}

/**
 * Computes the loss of (x, targets) in training mode and its gradients by tf.variableGrads (call
 * inside tf.tidy). Side effect of training mode: BatchNorm updates its moving mean and variance.
 */
export function lossAndGradients(
  compiled: CompiledModel,
  lossFn: LossFunction,
  terms: PenaltyTerm[],
  x: tf.Tensor,
  targets: tf.Tensor,
  keepOutputs: boolean,
): LossAndGradients {
  const variables = trainableVariables(compiled);
  let outputs: tf.Tensor[] = [];
  const { value, grads } = tf.variableGrads(() => {
    const all = runTrainingModel(compiled, x, true);
    // Kept, or the gradient scope would free them before statistics are taken; the caller frees them.
    if (keepOutputs) outputs = all.map((t) => tf.keep(t));
    const dataLoss = lossFn(targets, all[compiled.outputIndex.head]);
    const penalty = regularizationPenalty(terms);
    return penalty ? tf.add(dataLoss, penalty) : dataLoss;
  }, variables);
  // A weight that does not reach the loss has no gradient; it counts as zero.
  const gradients = variables.map((v) => grads[v.name] ?? tf.zerosLike(v));
  return { loss: value, gradients, outputs };
}
