/** The weights a run starts from, without training: the graph built with its seeded initialisers and read off. */
import type { Graph } from '../graph/types';
import type { WeightValues } from '../project/weights';
import { buildModel } from './compile';
import { readWeights } from './weights';

/**
 * Every weight of `graph` as the engines initialise it for training seed `seed` (kernels, biases,
 * BatchNorm's parameters and averages), copied off the device; frees every tensor it made.
 * Throws ModelBuildError for a graph the app could not train.
 */
export async function initialWeights(graph: Graph, seed: number): Promise<WeightValues[]> {
  const compiled = buildModel(graph, { seed });
  try {
    const weights = await readWeights(compiled);
    // The backend may hand out its own arrays; these copies are the caller's.
    return weights.map((w) => ({ ...w, values: Float32Array.from(w.values) }));
  } finally {
    compiled.dispose();
  }
}
