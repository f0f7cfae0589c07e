/**
 * The losses, each a mean over the batch. Written with tfjs ops so autodiff gives the gradients; the
 * float64 formulas in the JSDoc are what the gradient tests check them against.
 */
import * as tf from './tf';
import type { LossName } from '../graph/types';
import type { LossHead } from './compile';

/** Probabilities are clipped to [ε, 1 − ε] before the logarithm, as Keras does (ε = 1e-7). */
export const PROBABILITY_EPSILON = 1e-7;

/** A loss: targets and the loss head's values (n × k) in, a scalar out. */
export type LossFunction = (targets: tf.Tensor, values: tf.Tensor) => tf.Scalar;

/**
 * Binary cross-entropy of probabilities p: L = −(1/(n·k)) Σ [y·ln p̂ + (1 − y)·ln(1 − p̂)], p̂ = clip(p, ε, 1 − ε).
 * Clipping keeps L finite; where it bites the gradient is 0, which is why a final Sigmoid is fused (see below).
 */
export function binaryCrossentropy(targets: tf.Tensor, probabilities: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const p = tf.clipByValue(probabilities, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
    const perElement = tf.add(tf.mul(targets, tf.log(p)), tf.mul(tf.sub(1, targets), tf.log1p(tf.neg(p))));
    return tf.neg(tf.mean(perElement)) as tf.Scalar;
  });
}

/**
 * Binary cross-entropy of logits z, where p = σ(z): L = (1/(n·k)) Σ [max(z, 0) − z·y + ln(1 + e^−|z|)],
 * exact and overflow-free for any z; ∂L/∂z = (σ(z) − y)/(n·k).
 */
export function binaryCrossentropyFromLogits(targets: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const perElement = tf.add(
      tf.sub(tf.relu(logits), tf.mul(logits, targets)),
      tf.log1p(tf.exp(tf.neg(tf.abs(logits)))),
    );
    return tf.mean(perElement) as tf.Scalar;
  });
}

/** Categorical cross-entropy of probabilities (one row per sample): L = −(1/n) Σᵢ Σₖ yᵢₖ·ln clip(pᵢₖ, ε, 1). */
export function categoricalCrossentropy(targets: tf.Tensor, probabilities: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const p = tf.clipByValue(probabilities, PROBABILITY_EPSILON, 1);
    return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.log(p)), -1))) as tf.Scalar;
  });
}

/** Categorical cross-entropy of logits, p = softmax(z): L = −(1/n) Σᵢ Σₖ yᵢₖ·logsoftmax(zᵢ)ₖ; ∂L/∂zᵢ = (softmax(zᵢ) − yᵢ)/n. */
export function categoricalCrossentropyFromLogits(targets: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), -1))) as tf.Scalar);
}

/** Mean squared error: L = (1/(n·k)) Σ (ŷ − y)², the mean over samples of the mean over outputs. */
export function meanSquaredError(targets: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.squaredDifference(predictions, targets)) as tf.Scalar);
}

/** Half the mean squared error: L = (1/(2·n·k)) Σ (ŷ − y)², the textbook ½(y − ŷ)² whose gradient is ŷ − y (over n·k). */
export function halfMeanSquaredError(targets: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mul(0.5, tf.mean(tf.squaredDifference(predictions, targets))) as tf.Scalar);
}

/** The loss function for a loss name and the head the model computes it from (logits or the prediction); `halve` turns MSE into ½ MSE. */
export function lossFunction(name: LossName, head: LossHead, halve = false): LossFunction {
  switch (name) {
    case 'binaryCrossentropy':
      return head.kind === 'logits' ? binaryCrossentropyFromLogits : binaryCrossentropy;
    case 'categoricalCrossentropy':
      return head.kind === 'logits' ? categoricalCrossentropyFromLogits : categoricalCrossentropy;
    case 'meanSquaredError':
      return halve ? halfMeanSquaredError : meanSquaredError;
    default: {
      const unknown: never = name;
      throw new Error(
        `Unknown loss '${String(unknown)}'. Pick binaryCrossentropy, categoricalCrossentropy or meanSquaredError.`,
      );
    }
  }
}

/** Applies the head's activation to turn head values into predictions (identity for a 'prediction' head). */
export function predictionFromHead(head: LossHead, values: tf.Tensor): tf.Tensor {
  if (head.kind === 'prediction') return values;
  return head.activation === 'sigmoid' ? tf.sigmoid(values) : tf.softmax(values);
}
