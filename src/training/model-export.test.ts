import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNode, connectNodes, createNode } from '../graph/index';
import type { Graph } from '../graph/types';
import { createProject } from '../project/create';
import type { WeightValues } from '../project/weights';
import { buildModel } from './compile';
import { exportLayersModel } from './model-export';
import { readWeights, writeWeights } from './weights';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The starter network with a Dropout and a GELU inserted after its first ReLU. */
function graphWithDropoutAndGelu(): Graph {
  let graph = createProject().graph;
  const relu = graph.nodes.find((n) => n.kind === 'activation') as Graph['nodes'][number];
  const next = graph.edges.find((e) => e.source === relu.id) as Graph['edges'][number];
  const dropout = createNode(graph, 'dropout', { x: 0, y: 0 }, { rate: 0.3 });
  graph = addNode(graph, dropout);
  const gelu = createNode(graph, 'activation', { x: 0, y: 0 }, { activation: 'gelu' });
  graph = addNode(graph, gelu);
  graph = { ...graph, edges: graph.edges.filter((e) => e.id !== next.id) };
  return connectNodes(
    connectNodes(connectNodes(graph, relu.id, dropout.id), dropout.id, gelu.id),
    gelu.id,
    next.target,
  );
}

/** Weights of the graph's model drawn from another seed, so that they differ from what a fresh build holds. */
async function otherWeights(graph: Graph): Promise<WeightValues[]> {
  const donor = buildModel(graph, { seed: 999 });
  try {
    return await readWeights(donor);
  } finally {
    donor.dispose();
  }
}

describe('exportLayersModel', () => {
  it(
    'saves model.json and weights that tf.loadLayersModel reads back into a model predicting exactly as the ' +
      'engine does with the same weights',
    async () => {
      const graph = graphWithDropoutAndGelu();
      const weights = await otherWeights(graph);
      const exported = await exportLayersModel(graph, { seed: 42, weights, weightsFileName: 'net.weights.bin' });

      const json = JSON.parse(exported.modelJson) as {
        format: string;
        weightsManifest: { paths: string[]; weights: { name: string; shape: number[] }[] }[];
        modelTopology: { config: { layers: { class_name: string }[] } };
      };
      expect(json.format).toBe('layers-model');
      expect(json.weightsManifest[0].paths).toEqual(['net.weights.bin']);
      const classes = json.modelTopology.config.layers.map((l) => l.class_name);
      expect(classes).toContain('Dropout');
      expect(classes).not.toContain('MlpStudioSeededDropout');
      expect(exported.customClasses).toEqual(['MlpStudioGelu']);
      expect(exported.weightData.byteLength).toBe(weights.reduce((sum, w) => sum + w.values.length * 4, 0));

      const loaded = await tf.loadLayersModel(
        tf.io.fromMemory({
          modelTopology: json.modelTopology as tf.io.ModelJSON['modelTopology'],
          weightSpecs: json.weightsManifest[0].weights as tf.io.WeightsManifestEntry[],
          weightData: exported.weightData,
        }),
      );
      const engine = buildModel(graph, { seed: 7 });
      try {
        writeWeights(engine, weights);
        const x = tf.tensor2d([
          [0.5, -1.2],
          [1.5, 0.3],
          [-0.7, 0.8],
          [0, 0],
        ]);
        const fromFile = (await (loaded.predict(x) as tf.Tensor).data()) as Float32Array;
        const fromEngine = (await (engine.model.predict(x) as tf.Tensor).data()) as Float32Array;
        expect(Array.from(fromFile)).toEqual(Array.from(fromEngine));
        // And the weights really are the ones given, not a fresh build's.
        const fresh = buildModel(graph, { seed: 42 });
        const fromFresh = (await (fresh.model.predict(x) as tf.Tensor).data()) as Float32Array;
        expect(Array.from(fromFile)).not.toEqual(Array.from(fromFresh));
        fresh.dispose();
        x.dispose();
      } finally {
        engine.dispose();
        loaded.dispose();
      }
    },
  );

  it("without weights saves the seed's initial weights, and frees every tensor it made", async () => {
    const graph = createProject().graph;
    const before = tf.memory().numTensors;
    const exported = await exportLayersModel(graph, { seed: 42, weightsFileName: 'w.bin' });
    expect(tf.memory().numTensors).toBe(before);
    const reference = buildModel(graph, { seed: 42 });
    const values = new Float32Array(exported.weightData);
    const expected = (await readWeights(reference)).flatMap((w) => Array.from(w.values));
    reference.dispose();
    expect(Array.from(values)).toEqual(expected);
    expect(exported.customClasses).toEqual([]);
  });

  it('refuses weights that do not fit the network', async () => {
    const graph = createProject().graph;
    await expect(exportLayersModel(graph, { seed: 1, weights: [], weightsFileName: 'w.bin' })).rejects.toThrow(
      /missing from the weights given/,
    );
  });
});
