/** Finding where a non-finite value appeared in one training step: the forward outputs first, then the gradients. */
import * as tf from './tf';
import type { CompiledModel } from './compile';
import { lossAndGradients } from './gradients';
import type { LossFunction } from './losses';
import type { PenaltyTerm } from './objective';
import type { DivergenceReport } from './trainer-types';

/** What was non-finite in a step. */
export interface StepDiagnosis {
  lossFinite: boolean;
  /** The first node, input → output, whose output held a NaN or ±Infinity; null if none did. */
  outputNodeId: string | null;
  /** The first node, input → output, with a non-finite weight gradient; null if none had one. */
  gradientNodeId: string | null;
}

/**
 * Runs one step's forward and backward pass without applying it and reads back, in one readback,
 * which node outputs and gradients were finite. Side effect: BatchNorm's moving averages move, as
 * in any training-mode pass (the caller restores a snapshot afterwards).
 */
export async function diagnoseStep(
  compiled: CompiledModel,
  lossFn: LossFunction,
  terms: PenaltyTerm[],
  batch: () => { x: tf.Tensor; targets: tf.Tensor },
): Promise<StepDiagnosis> {
  const flags = tf.tidy(() => {
    const { x, targets } = batch();
    const { loss, gradients, outputs } = lossAndGradients(compiled, lossFn, terms, x, targets, true);
    // Each flag cast to float before stacking: booleans are the dtype backends handle least alike.
    const allFinite = (t: tf.Tensor) => tf.cast(tf.all(tf.isFinite(t)), 'float32');
    const finite = tf.stack([allFinite(loss), ...outputs.map(allFinite), ...gradients.map(allFinite)]);
    tf.dispose(outputs);
    return finite;
  });
  const values = await flags.data();
  flags.dispose();
  const outputCount = compiled.trainingModel.outputs.length;
  const outputOk = (index: number) => values[1 + index] === 1;
  const gradientOk = (index: number) => values[1 + outputCount + index] === 1;
  const outputNodeId = compiled.nodeOrder.find((id) => {
    const index = compiled.outputIndex.nodes.get(id);
    return index !== undefined && !outputOk(index);
  });
  const gradientNodeId = compiled.nodeOrder.find((id) =>
    compiled.trainableWeights.some((w, i) => w.nodeId === id && !gradientOk(i)),
  );
  return { lossFinite: values[0] === 1, outputNodeId: outputNodeId ?? null, gradientNodeId: gradientNodeId ?? null };
}

/** Facts a divergence report is made of. */
export interface DivergenceFacts {
  step: number;
  restoredStep: number;
  learningRate: number;
  /** The guard's record of the bad step: [loss non-finite, gradient i non-finite ...]. */
  badMask: boolean[];
  diagnosis: StepDiagnosis;
}

/** Names the node where the non-finite value appeared (forward output first, then gradients) and says what to do. */
export function describeDivergence(compiled: CompiledModel, facts: DivergenceFacts): DivergenceReport {
  const { step, restoredStep, learningRate, badMask, diagnosis } = facts;
  // Should the replay not reproduce the step, the gradient flags the guard recorded still name a layer.
  const recorded = badMask.findIndex((bad, i) => i > 0 && bad);
  const recordedId = recorded > 0 ? compiled.trainableWeights[recorded - 1].nodeId : null;
  const nodeId = diagnosis.outputNodeId ?? diagnosis.gradientNodeId ?? recordedId;
  const where = diagnosis.outputNodeId ? 'output' : nodeId ? 'gradient' : null;
  const name = compiled.graph.nodes.find((n) => n.id === nodeId)?.name ?? null;
  const what = badMask[0] ? 'loss' : 'gradient';
  const origin =
    name === null ? `the ${what}` : where === 'output' ? `the output of '${name}'` : `the gradient of '${name}'`;
  const message =
    `Training diverged at step ${step}: ${origin} became NaN or ` +
    `infinite${what === 'loss' && name !== null ? ', and so did the loss' : ''}. ` +
    `The state of step ${restoredStep} was restored. Lower the learning rate (now ${learningRate}) and continue, or reset.`;
  return { step, firstLayerNodeId: nodeId, firstLayerName: name, what, where, restoredStep, message };
}
