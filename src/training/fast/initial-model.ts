/**
 * The fast engine's starting point: the graph compiled once by the tfjs path (validation, layer
 * names, seeded initialisers), its initial weights read off, and its tensors freed at once. Both
 * engines thus start from exactly the same weights for the same seed.
 */
import { buildModel, type BuildOptions, type CompiledModel } from '../compile';
import type { Graph } from '../../graph/types';
import { planStats, type StatsPlan } from '../stats';

/** A compiled model whose tensors are already freed, kept for its structure, with the weights it was initialised with. */
export interface InitialModel {
  /**
   * The compiled model after dispose(): its plain fields (graph, node order, layer names, weight
   * names and shapes, loss head) stay valid and are all the fast engine reads; never its tensors.
   */
  structure: CompiledModel;
  /** Each trainable weight's initial values in tfjs's layout, in structure.trainableWeights order. */
  weights: Float32Array[];
  plan: StatsPlan;
}

/**
 * Builds the graph with tfjs (throwing ModelBuildError as the tfjs path does), checks it against the
 * data's width, copies its initial weights and frees every tensor it made before returning.
 */
export function initialModel(graph: Graph, options: BuildOptions & { inputWidth: number }): InitialModel {
  const compiled = buildModel(graph, options);
  try {
    if (compiled.inputWidth !== options.inputWidth) {
      throw new RangeError(
        `The Input node feeds ${compiled.inputWidth} values per sample but the data has ${options.inputWidth}. ` +
          `Prepare the data with this Input node's settings.`,
      );
    }
    // dataSync may hand out the backend's own array; the copy is ours.
    const weights = compiled.trainableWeights.map((w) =>
      Float32Array.from(w.variable.read().dataSync() as Float32Array),
    );
    return { structure: compiled, weights, plan: planStats(compiled) };
  } finally {
    compiled.dispose();
  }
}
