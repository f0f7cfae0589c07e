/** Loss and accuracy of the whole training and validation sets, computed on the device in inference mode. */
import * as tf from './tf';
import type { Task } from '../data/types';
import type { CompiledModel } from './compile';
import type { LossFunction } from './losses';
import { runTrainingModel } from './objective';

/** Rows evaluated per forward pass, bounding memory on big tables. */
const EVALUATION_CHUNK = 4096;

/** The metrics a progress report carries. */
export interface EvaluationMetrics {
  /** Data loss over the training set, without the L1/L2 penalty. */
  trainLoss: number;
  /** Fraction of training samples classified right; null for regression. */
  trainAccuracy: number | null;
  /** Null when nothing is held out. */
  validationLoss: number | null;
  validationAccuracy: number | null;
  /** Training samples classified wrong (as the notebooks count them); null for regression. */
  misclassified: number | null;
  /** The L1/L2 penalty at the current weights (0 without regularisation). */
  penalty: number;
}

/** A split on the device: features, loss targets and the raw labels (class indices or values). */
export interface DeviceSplit {
  x: tf.Tensor2D;
  targets: tf.Tensor2D;
  labels: tf.Tensor1D;
  n: number;
}

/** Number of correct classifications in a chunk: head ≥ threshold vs the label for one output, argmax otherwise. */
function correctCount(compiled: CompiledModel, head: tf.Tensor, labels: tf.Tensor1D): tf.Scalar {
  if (compiled.outputWidth === 1) {
    const threshold = compiled.head.kind === 'logits' ? 0 : 0.5;
    const predicted = tf.cast(tf.greaterEqual(tf.reshape(head, [-1]), threshold), 'float32');
    return tf.sum(tf.cast(tf.equal(predicted, labels), 'float32')) as tf.Scalar;
  }
  return tf.sum(tf.cast(tf.equal(tf.argMax(head, -1), tf.cast(labels, 'int32')), 'float32')) as tf.Scalar;
}

/** [loss·n, correct] summed over the split in chunks (call inside tf.tidy). */
function splitTotals(
  compiled: CompiledModel,
  lossFn: LossFunction,
  split: DeviceSplit,
  classify: boolean,
): tf.Tensor1D {
  const totals: tf.Tensor[] = [];
  for (let start = 0; start < split.n; start += EVALUATION_CHUNK) {
    const size = Math.min(EVALUATION_CHUNK, split.n - start);
    const whole = start === 0 && size === split.n;
    const x = whole ? split.x : tf.slice(split.x, [start, 0], [size, -1]);
    const targets = whole ? split.targets : tf.slice(split.targets, [start, 0], [size, -1]);
    const labels = whole ? split.labels : tf.slice(split.labels, [start], [size]);
    const head = runTrainingModel(compiled, x, false)[compiled.outputIndex.head];
    const loss = tf.mul(lossFn(targets, head), size);
    totals.push(tf.stack([loss, classify ? correctCount(compiled, head, labels) : tf.scalar(0)]));
  }
  return (totals.length === 1 ? totals[0] : tf.addN(totals)) as tf.Tensor1D;
}

/** Evaluates both splits with one readback; the penalty tensor (or null) is added to the same readback. */
export async function evaluateSplits(
  compiled: CompiledModel,
  lossFn: LossFunction,
  train: DeviceSplit,
  validation: DeviceSplit | null,
  task: Task,
  penalty: () => tf.Scalar | null,
): Promise<EvaluationMetrics> {
  const classify = task !== 'regression';
  const packed = tf.tidy(() =>
    tf.concat([
      splitTotals(compiled, lossFn, train, classify),
      validation && validation.n > 0 ? splitTotals(compiled, lossFn, validation, classify) : tf.zeros([2]),
      tf.reshape(penalty() ?? tf.scalar(0), [1]),
    ]),
  );
  const v = await packed.data();
  packed.dispose();
  const hasValidation = validation !== null && validation.n > 0;
  return {
    trainLoss: v[0] / train.n,
    trainAccuracy: classify ? v[1] / train.n : null,
    validationLoss: hasValidation ? v[2] / validation.n : null,
    validationAccuracy: hasValidation && classify ? v[3] / validation.n : null,
    misclassified: classify ? train.n - v[1] : null,
    penalty: v[4],
  };
}
