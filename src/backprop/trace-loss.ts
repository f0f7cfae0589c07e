/**
 * The loss of one sample and its gradient, in float64, exactly as the engine defines each loss
 * (losses.ts): a mean over the k outputs for MSE and BCE, a sum over classes for CCE, with the
 * fused logits form where the engine uses it (BCE after a Sigmoid, CCE after a Softmax).
 */
import type { LossName } from '../graph/types';
import { sigmoid, softmax } from './activation-math';

/** Probabilities are clipped to [ε, 1 − ε] before a logarithm, as the engine does. */
const EPSILON = 1e-7;

/** The loss and where its gradient enters the network. */
export interface LossTrace {
  loss: number;
  /** ∂L/∂ŷ for every output unit (may be ±Infinity where a fused probability is exactly 0 or 1). */
  predictionGrad: number[];
  /** ∂L/∂z of the logits under a fused Sigmoid/Softmax head, computed directly (exact for any z); null without fusion. */
  logitsGrad: number[] | null;
}

/**
 * Scores prediction ŷ against target y. With `logits` (the input z of a final Sigmoid under BCE or
 * a final Softmax under CCE) the loss and ∂L/∂z come from z, as the engine computes them.
 */
export function traceLoss(name: LossName, prediction: number[], target: number[], logits: number[] | null): LossTrace {
  const k = prediction.length;
  switch (name) {
    case 'meanSquaredError': {
      const loss = prediction.reduce((s, p, i) => s + (p - target[i]) ** 2, 0) / k;
      return { loss, predictionGrad: prediction.map((p, i) => (2 * (p - target[i])) / k), logitsGrad: null };
    }
    case 'binaryCrossentropy': {
      if (logits) {
        const loss =
          logits.reduce((s, z, i) => s + Math.max(z, 0) - z * target[i] + Math.log1p(Math.exp(-Math.abs(z))), 0) / k;
        const logitsGrad = logits.map((z, i) => (sigmoid(z) - target[i]) / k);
        return { loss, logitsGrad, predictionGrad: prediction.map((p, i) => (p - target[i]) / (k * p * (1 - p))) };
      }
      const clipped = prediction.map((p) => Math.min(Math.max(p, EPSILON), 1 - EPSILON));
      const loss = -clipped.reduce((s, p, i) => s + target[i] * Math.log(p) + (1 - target[i]) * Math.log1p(-p), 0) / k;
      // Where clipping bites, the clipped value no longer depends on p: its gradient is 0, as in the engine.
      const predictionGrad = prediction.map((p, i) =>
        p === clipped[i] ? -(target[i] / p - (1 - target[i]) / (1 - p)) / k : 0,
      );
      return { loss, predictionGrad, logitsGrad: null };
    }
    case 'categoricalCrossentropy': {
      if (logits) {
        const max = Math.max(...logits);
        const logSum = max + Math.log(logits.reduce((s, z) => s + Math.exp(z - max), 0));
        const loss = -logits.reduce((s, z, i) => s + target[i] * (z - logSum), 0);
        const p = softmax(logits);
        return {
          loss,
          logitsGrad: p.map((pi, i) => pi - target[i]),
          predictionGrad: prediction.map((pi, i) => -target[i] / pi),
        };
      }
      const clipped = prediction.map((p) => Math.min(Math.max(p, EPSILON), 1));
      const loss = -clipped.reduce((s, p, i) => s + target[i] * Math.log(p), 0);
      return {
        loss,
        predictionGrad: prediction.map((p, i) => (p === clipped[i] ? -target[i] / p : 0)),
        logitsGrad: null,
      };
    }
  }
}
