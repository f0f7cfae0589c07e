/**
 * A second copy of the network, kept inside the worker only to draw each hidden unit over the
 * plane: built once per network, loaded with the weights the trainer last reported, so drawing
 * never touches the model that is training.
 */
import { buildModel, type CompiledModel } from '../compile';
import type { TrainingData } from '../device-data';
import { neuronGrids, type NeuronGrid } from '../neuron-grids';
import { networkSignature } from '../document-diff';
import type { TrainingDocument } from './protocol';
import { writeWeights, type WeightValues } from '../weights';
import { prepareDocumentData } from './worker-core';

/** Builds on demand and caches the drawing copy of the network and its prepared data. */
export class NeuronGridModel {
  private built: { signature: string; compiled: CompiledModel; data: TrainingData } | null = null;

  /** Drops the copy (after a rebuild or a backend change, whose tensors may be gone). */
  invalidate(): void {
    try {
      this.built?.compiled.dispose();
    } catch {
      // A lost GPU context cannot free its textures; there is nothing left to free.
    }
    this.built = null;
  }

  /** Every hidden unit's grid at `weights`; null without a 2-D plane. Throws when the weights do not fit the network. */
  async grids(document: TrainingDocument, weights: WeightValues[], resolution: number): Promise<NeuronGrid[] | null> {
    const signature = networkSignature(document);
    if (this.built?.signature !== signature) {
      this.invalidate();
      const data = prepareDocumentData(document);
      if (!data.bounds) return null;
      const compiled = buildModel(document.graph, {
        seed: document.training.seed,
        inputWidth: data.inputWidth,
        task: data.task,
        classes: data.classes,
      });
      this.built = { signature, compiled, data };
    }
    writeWeights(this.built.compiled, weights);
    return neuronGrids(this.built.compiled, this.built.data, resolution);
  }
}
