/** What each notebook flavour can write, and every way a notebook departs from the app's run, said before exporting. */
import type { GraphNode } from '../../graph/types';
import type { TrainingConfig } from '../../training/config';
import { ExportError, type NetworkPlan } from '../network-plan';

/** The two notebooks: NumPy (every pass written out by hand) and PyTorch (nn modules and autograd). */
export type NotebookFlavour = 'numpy' | 'pytorch';

/** Node kinds the NumPy flavour has no hand-written pass for. */
const NUMPY_UNSUPPORTED = new Set<GraphNode['kind']>(['dropout', 'batchNorm']);

/** The nodes of the plan a flavour cannot write (empty when it writes them all). */
export function unsupportedNodes(plan: NetworkPlan, flavour: NotebookFlavour): GraphNode[] {
  if (flavour === 'pytorch') return [];
  return plan.nodes.map((n) => n.node).filter((node) => NUMPY_UNSUPPORTED.has(node.kind));
}

/** Throws ExportError naming every node the flavour cannot write and what to do instead. */
export function checkSupported(plan: NetworkPlan, flavour: NotebookFlavour): void {
  const nodes = unsupportedNodes(plan, flavour);
  if (nodes.length === 0) return;
  const names = nodes.map((n) => `'${n.name}' (${n.kind === 'batchNorm' ? 'BatchNorm' : 'Dropout'})`).join(', ');
  throw new ExportError(
    `The NumPy notebook writes the forward and backward pass of Linear, activation, Add and Concat layers by ` +
      `hand, and has none for ${names}. Export the PyTorch notebook instead, or remove ` +
      `${nodes.length === 1 ? 'that layer' : 'those layers'} to get the NumPy one.`,
  );
}

/** Where the notebook of `flavour` does not do exactly what the app does, one sentence each. */
export function notebookNotes(plan: NetworkPlan, training: TrainingConfig, flavour: NotebookFlavour): string[] {
  const kinds = new Set(plan.nodes.map((n) => n.node.kind));
  const notes: string[] = [];
  if (flavour === 'numpy') {
    notes.push(
      'NumPy computes in float64 and the app in float32, so the losses agree to about six significant digits.',
    );
  } else {
    notes.push('PyTorch sums in its own order, so the losses agree with the app to about six significant digits.');
    if (kinds.has('dropout')) notes.push("Dropout masks are drawn by PyTorch, not from the app's seed.");
    if (kinds.has('batchNorm'))
      notes.push(
        "BatchNorm: PyTorch's momentum is 1 minus the app's, and it updates the running variance with the " +
          'unbiased batch variance.',
      );
    if (training.optimizer.name === 'rmsprop')
      notes.push('RMSprop: PyTorch adds epsilon outside the square root, the app inside.');
    if (training.optimizer.name === 'adagrad')
      notes.push("Adagrad: PyTorch's epsilon is 1e-10 outside the square root; the app's is 1e-7 inside.");
  }
  if (training.earlyStopping?.enabled)
    notes.push('Early stopping (on in this project) is not written out: the notebook runs every epoch.');
  return notes;
}
