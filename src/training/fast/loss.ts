/**
 * The losses of losses.ts on Float32Arrays, with their gradients by hand. Each is a mean over the
 * batch computed exactly as the tfjs path does, including where the loss reads its values: the
 * logits under a final Sigmoid (BCE) or Softmax (CCE), otherwise the prediction, clipped.
 */
import type { LossName } from '../../graph/types';
import type { LossHead } from '../compile';
import { PROBABILITY_EPSILON } from '../losses';

/** Which formula a head uses: a loss from logits, or a loss of the prediction itself. */
export type HeadLossKind = 'bceLogits' | 'cceLogits' | 'bce' | 'cce' | 'mse' | 'halfMse';

/**
 * The formula for a loss name and the head the compiled model reads it from (the same choice as losses.ts
 * lossFunction, `halve` included).
 */
export function headLossKind(loss: LossName, head: LossHead, halve = false): HeadLossKind {
  switch (loss) {
    case 'binaryCrossentropy':
      return head.kind === 'logits' ? 'bceLogits' : 'bce';
    case 'categoricalCrossentropy':
      return head.kind === 'logits' ? 'cceLogits' : 'cce';
    case 'meanSquaredError':
      return halve ? 'halfMse' : 'mse';
    default: {
      const unknown: never = loss;
      throw new Error(
        `Unknown loss '${String(unknown)}'. Pick binaryCrossentropy, categoricalCrossentropy or meanSquaredError.`,
      );
    }
  }
}

function crossEntropyFromLogits(
  values: Float32Array,
  targets: Float32Array,
  rows: number,
  width: number,
  grad: Float32Array | null,
): number {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (values[o + j] > max) max = values[o + j];
    let sumExp = 0;
    let targetSum = 0;
    for (let j = 0; j < width; j++) {
      sumExp += Math.exp(values[o + j] - max);
      targetSum += targets[o + j];
    }
    const logSum = Math.log(sumExp);
    for (let j = 0; j < width; j++) {
      const logSoftmax = values[o + j] - max - logSum;
      total -= targets[o + j] * logSoftmax;
      // ∂/∂z of −Σ y·logsoftmax(z) is softmax(z)·Σy − y.
      if (grad !== null) grad[o + j] = (Math.exp(logSoftmax) * targetSum - targets[o + j]) / rows;
    }
  }
  return total / rows;
}

/**
 * The mean loss of `rows` rows of head values (rows × width) against targets; when `grad` is
 * given, ∂loss/∂values is written into it (overwriting). BCE from logits: max(z, 0) − z·y +
 * ln(1 + e^−|z|), gradient (σ(z) − y)/N; CCE from logits: −Σ y·logsoftmax(z) per row, gradient
 * (softmax(z)·Σy − y)/rows; on probabilities both clip p to [ε, 1 − ε] (CCE: [ε, 1]) with a zero
 * gradient outside, as tfjs's clip does; MSE: mean (p − y)², gradient 2(p − y)/N; half MSE: half
 * that loss, gradient (p − y)/N.
 */
export function headLoss(
  kind: HeadLossKind,
  values: Float32Array,
  targets: Float32Array,
  rows: number,
  width: number,
  grad: Float32Array | null,
): number {
  const count = rows * width;
  let total = 0;
  switch (kind) {
    case 'bceLogits':
      for (let i = 0; i < count; i++) {
        const z = values[i];
        const y = targets[i];
        // One exponential serves both: e = e^−|z| gives ln(1 + e^−|z|) and σ(z) = (z ≥ 0 ? 1 : e)/(1 + e).
        const e = Math.exp(-Math.abs(z));
        total += (z > 0 ? z : 0) - z * y + Math.log1p(e);
        if (grad !== null) grad[i] = ((z >= 0 ? 1 : e) / (1 + e) - y) / count;
      }
      return total / count;
    case 'cceLogits':
      return crossEntropyFromLogits(values, targets, rows, width, grad);
    case 'bce':
      for (let i = 0; i < count; i++) {
        const p = values[i];
        const y = targets[i];
        const q = Math.min(Math.max(p, PROBABILITY_EPSILON), 1 - PROBABILITY_EPSILON);
        total -= y * Math.log(q) + (1 - y) * Math.log1p(-q);
        if (grad !== null) grad[i] = q === p ? -(y / q - (1 - y) / (1 - q)) / count : 0;
      }
      return total / count;
    case 'cce':
      for (let i = 0; i < count; i++) {
        const p = values[i];
        const q = Math.min(Math.max(p, PROBABILITY_EPSILON), 1);
        total -= targets[i] * Math.log(q);
        if (grad !== null) grad[i] = q === p ? -targets[i] / q / rows : 0;
      }
      return total / rows;
    case 'mse':
      for (let i = 0; i < count; i++) {
        const d = values[i] - targets[i];
        total += d * d;
        if (grad !== null) grad[i] = (2 * d) / count;
      }
      return total / count;
    case 'halfMse':
      for (let i = 0; i < count; i++) {
        const d = values[i] - targets[i];
        total += d * d;
        if (grad !== null) grad[i] = d / count;
      }
      return (0.5 * total) / count;
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown loss head '${String(unknown)}'.`);
    }
  }
}
