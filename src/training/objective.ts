/** What training minimises: the loss of the model's head against the targets, plus the L1/L2 penalty on Linear kernels. */
import * as tf from './tf';
import type { CompiledModel } from './compile';

/** One kernel's penalty factors: λ₁ (L1) and λ₂ (L2), the node's own plus the global ones. */
export interface PenaltyTerm {
  nodeId: string;
  variable: tf.LayerVariable;
  l1: number;
  l2: number;
}

/** The penalty terms of every Linear kernel whose combined L1 or L2 factor is non-zero. */
export function penaltyTerms(compiled: CompiledModel, global: { l1: number; l2: number }): PenaltyTerm[] {
  const terms: PenaltyTerm[] = [];
  for (const node of compiled.graph.nodes) {
    if (node.kind !== 'dense') continue;
    const l1 = node.params.l1 + global.l1;
    const l2 = node.params.l2 + global.l2;
    const kernel = compiled.weights.find((w) => w.nodeId === node.id && w.name === 'kernel');
    if (kernel && (l1 !== 0 || l2 !== 0)) terms.push({ nodeId: node.id, variable: kernel.variable, l1, l2 });
  }
  return terms;
}

/**
 * The penalty Σ over kernels W of λ₁·Σ|W| + λ₂·ΣW² (Keras's convention: no ½, so the L2 gradient
 * is 2λ₂W and the L1 subgradient λ₁·sign(W)); null when there are no terms. A custom loop never
 * applies layer regularizers (model.losses), which is why the penalty is added here by hand.
 */
export function regularizationPenalty(terms: PenaltyTerm[]): tf.Scalar | null {
  if (terms.length === 0) return null;
  return tf.tidy(() => {
    const parts = terms.map(({ variable, l1, l2 }) => {
      const w = variable.read();
      const l1Part = l1 !== 0 ? tf.mul(l1, tf.sum(tf.abs(w))) : null;
      const l2Part = l2 !== 0 ? tf.mul(l2, tf.sum(tf.square(w))) : null;
      return l1Part && l2Part ? tf.add(l1Part, l2Part) : ((l1Part ?? l2Part) as tf.Tensor);
    });
    return (parts.length === 1 ? parts[0] : tf.addN(parts)) as tf.Scalar;
  });
}

/** Runs the training model on x (training: dropout on, batch statistics in BatchNorm) and returns all its outputs as a list. */
export function runTrainingModel(compiled: CompiledModel, x: tf.Tensor, training: boolean): tf.Tensor[] {
  const result = compiled.trainingModel.apply(x, { training }) as tf.Tensor | tf.Tensor[];
  return Array.isArray(result) ? result : [result];
}

/** The variables the optimizer updates, in the order of compiled.trainableWeights. */
export function trainableVariables(compiled: CompiledModel): tf.Variable[] {
  return compiled.trainableWeights.map((w) => w.variable.read() as tf.Variable);
}
