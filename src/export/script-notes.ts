/**
 * Where a generated script cannot do exactly what the app does, said once in the script's header
 * and in the export dialog: nothing is dropped silently.
 */
import { layerSpec } from '../layers/index';
import type { NetworkPlan } from './network-plan';
import type { ExportProject } from './network-plan';

/** Trainable parameters of the plan (BatchNorm's running statistics are not trained). */
export function trainableParamsOf(plan: NetworkPlan): number {
  let total = 0;
  for (const { node, inputWidths, paramCount } of plan.nodes) {
    const spec = layerSpec(node.kind);
    total += spec.trainableParamCount ? spec.trainableParamCount(node.params as never, inputWidths) : paramCount;
  }
  return total;
}

/** The notes of a script for `library`, given whether it starts from the app's weights and the training set's size. */
export function scriptNotes(
  plan: NetworkPlan,
  project: ExportProject,
  library: 'pytorch' | 'keras',
  startsFromWeights: boolean,
  trainRows: number,
): string[] {
  const kinds = new Set(plan.nodes.map((n) => n.node.kind));
  const { optimizer, batchSize } = project.training;
  const name = library === 'pytorch' ? 'PyTorch' : 'Keras';
  const notes: string[] = [];
  notes.push(
    startsFromWeights
      ? "It starts from the app's weights, so its first evaluation matches the app's loss at that step."
      : `${name} draws the initial weights from the same distributions as the app, but with its own random ` +
          `numbers, so the run will not be the app's number for number.`,
  );
  if (batchSize !== 0 && batchSize < trainRows)
    notes.push(
      `The mini-batches are shuffled by ${name}'s random generator, not the app's, so they come in another order.`,
    );
  if (kinds.has('dropout')) notes.push(`Dropout masks are drawn by ${name}, not from the app's seed.`);
  if (library === 'pytorch' && kinds.has('batchNorm')) {
    notes.push(
      "BatchNorm: PyTorch's momentum is 1 minus the app's, and PyTorch updates the running variance with the unbiased batch variance.",
    );
  }
  if (library === 'pytorch' && optimizer.name === 'rmsprop')
    notes.push('RMSprop: PyTorch adds epsilon outside the square root, the app inside.');
  if (library === 'pytorch' && optimizer.name === 'adagrad')
    notes.push("Adagrad: PyTorch's epsilon is 1e-10 outside the square root; the app's is 1e-7 inside.");
  if (library === 'keras') {
    const penalised =
      project.training.l1 > 0 ||
      project.training.l2 > 0 ||
      plan.nodes.some((n) => n.node.kind === 'dense' && (n.node.params.l1 > 0 || n.node.params.l2 > 0));
    if (penalised) notes.push('Keras prints the loss with the L1/L2 penalty included; the app charts it without.');
  }
  return notes;
}
