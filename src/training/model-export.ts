/**
 * The TF.js model export: the compiled prediction model (Input → the tensor the Output node
 * receives) with given weights, as the two files TF.js loads with tf.loadLayersModel — model.json
 * (topology + weights manifest) and a binary of the float32 weights.
 */
import * as tf from './tf';
import type { Graph } from '../graph/types';
import type { WeightValues } from '../project/weights';
import { buildModel } from './compile';
import { GeluLayer, ScaledEluLayer, SeededDropoutLayer } from './custom-layers';
import { writeWeights } from './weights';

/** The two files of an exported model, and what a person must know to load it elsewhere. */
export interface ExportedModel {
  /** model.json's text; its weights manifest points at `weightsFileName`. */
  modelJson: string;
  weightsFileName: string;
  weightData: ArrayBuffer;
  /** Layer classes of MLP Studio's own the topology still uses (GELU, ELU with α ≠ 1): they must be registered to load it. */
  customClasses: string[];
}

type LayerJson = { class_name: string; config: Record<string, unknown> };

/**
 * Our seeded dropout is stock dropout at inference (the only mode a loaded model predicts in), so
 * the file names TF.js's own Dropout and loads anywhere without our classes.
 */
function portableTopology(topology: tf.io.ModelArtifacts['modelTopology']): {
  topology: unknown;
  customClasses: string[];
} {
  const copy = JSON.parse(JSON.stringify(topology)) as { config: { layers: LayerJson[] } };
  const custom = new Set<string>();
  for (const layer of copy.config.layers) {
    if (layer.class_name === SeededDropoutLayer.className) {
      layer.class_name = 'Dropout';
      layer.config = {
        name: layer.config.name,
        trainable: layer.config.trainable,
        dtype: layer.config.dtype,
        rate: layer.config.rate,
      };
    } else if (layer.class_name === GeluLayer.className || layer.class_name === ScaledEluLayer.className) {
      custom.add(layer.class_name);
    }
  }
  return { topology: copy, customClasses: [...custom] };
}

/**
 * Builds `graph` (seeded with `seed`, so without `weights` it holds exactly the app's initial
 * weights), loads `weights` when given (throwing if they do not fit), and serialises it with
 * tf.io.withSaveHandler. Frees every tensor it made.
 */
export async function exportLayersModel(
  graph: Graph,
  options: { seed: number; weights?: WeightValues[]; weightsFileName: string },
): Promise<ExportedModel> {
  const compiled = buildModel(graph, { seed: options.seed });
  try {
    if (options.weights) writeWeights(compiled, options.weights);
    let saved: tf.io.ModelArtifacts | null = null;
    await compiled.model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const artifacts = saved as tf.io.ModelArtifacts | null;
    if (!artifacts?.weightSpecs || !(artifacts.weightData instanceof ArrayBuffer)) {
      throw new Error("TF.js did not hand over the model's weights while saving; export again.");
    }
    const { topology, customClasses } = portableTopology(artifacts.modelTopology);
    const modelJson = {
      format: 'layers-model',
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: null,
      modelTopology: topology,
      weightsManifest: [{ paths: [options.weightsFileName], weights: artifacts.weightSpecs }],
    };
    return {
      modelJson: JSON.stringify(modelJson, null, 1),
      weightsFileName: options.weightsFileName,
      weightData: artifacts.weightData,
      customClasses,
    };
  } finally {
    compiled.dispose();
  }
}
