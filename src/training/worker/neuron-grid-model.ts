/**
 * A second copy of the network, kept inside the worker only to draw each hidden unit over the
 * plane: built once per network, loaded with the weights the trainer last reported, so drawing
 * never touches the model that is training. Data of more than two columns is drawn over the plane
 * the boundary view shows (PCA or two chosen columns), each point mapped back to the inputs.
 */
import { projectedPlane, type PreparedData, type ProjectedPlane } from '../../data/index';
import { PCA_PROJECTION, type ProjectionChoice } from '../../data/projection';
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
  /** The projected plane of wide data for one choice of plane (null: data of one or two columns). */
  private plane: { choice: string; plane: ProjectedPlane | null } | null = null;

  /** Drops the copy (after a rebuild or a backend change, whose tensors may be gone). */
  invalidate(): void {
    try {
      this.built?.compiled.dispose();
    } catch {
      // A lost GPU context cannot free its textures; there is nothing left to free.
    }
    this.built = null;
    this.plane = null;
  }

  /**
   * Every hidden unit's grid at `weights`, over the data's own plane or, for wider data, the `projection`'s; null when
   * there is no plane to draw over. Throws when the weights do not fit the network.
   */
  async grids(
    document: TrainingDocument,
    weights: WeightValues[],
    resolution: number,
    projection: ProjectionChoice = PCA_PROJECTION,
  ): Promise<NeuronGrid[] | null> {
    const signature = networkSignature(document);
    if (this.built?.signature !== signature) {
      this.invalidate();
      const data = prepareDocumentData(document);
      const compiled = buildModel(document.graph, {
        seed: document.training.seed,
        inputWidth: data.inputWidth,
        task: data.task,
        classes: data.classes,
      });
      this.built = { signature, compiled, data };
    }
    writeWeights(this.built.compiled, weights);
    const over = this.built.data.bounds ? this.built.data : this.projected(this.built.data, projection);
    return over ? neuronGrids(this.built.compiled, over, resolution) : null;
  }

  /** The plane of `choice` through wide data, measured once per choice; PCA when the chosen columns do not fit. */
  private projected(data: TrainingData, choice: ProjectionChoice): ProjectedPlane | null {
    const key = JSON.stringify(choice);
    if (this.plane?.choice !== key) {
      const { raw, mapRows } = data as Partial<PreparedData>;
      let plane: ProjectedPlane | null = null;
      if (raw && mapRows) {
        try {
          plane = projectedPlane({ raw, mapRows }, choice);
        } catch {
          // Columns picked for other data (the table changed): drawn over PCA, as the boundary view does.
          plane = projectedPlane({ raw, mapRows }, PCA_PROJECTION);
        }
      }
      this.plane = { choice: key, plane };
    }
    return this.plane.plane;
  }
}
