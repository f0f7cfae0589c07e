// Graph → tfjs: layer naming and attribution, DAGs, the loss head, seeds, initialisers, refusal of
// untrainable graphs, and export of models that use the custom layers.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/types';
import { buildModel, ModelBuildError, type CompiledModel } from './compile';
import { GraphBuilder, init, mlp } from './test-support/graphs';

const built: CompiledModel[] = [];
const build = (graph: Graph, seed = 1) => {
  const compiled = buildModel(graph, { seed });
  built.push(compiled);
  return compiled;
};
const values = (c: CompiledModel, nodeId: string, name: string) =>
  c.weights
    .find((w) => w.nodeId === nodeId && w.name === name)
    ?.variable.read()
    .dataSync() as Float32Array;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (built.length) built.pop()?.dispose();
});

/** Input → Linear → ReLU ─┬→ Linear → Tanh → Add ← ┘ → Concat(Add, ReLU) → Linear → Sigmoid → Output. */
function skipNetwork(): Graph {
  const b = new GraphBuilder();
  const relu = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 4 }, [b.add('input')])]);
  const tanh = b.add('activation', { activation: 'tanh' }, [b.add('dense', { units: 4 }, [relu])]);
  const sum = b.add('add', {}, [tanh, relu]);
  const joined = b.add('concat', {}, [sum, relu]);
  b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [joined])])]);
  return b.build();
}

describe('buildModel', () => {
  it('names layers after nodes and attributes every weight to its node, on a DAG', () => {
    const graph = skipNetwork();
    const c = build(graph);
    expect(c.nodeOrder).toEqual(graph.nodes.map((n) => n.id));
    expect(c.linearNodeIds).toEqual(['dense-2', 'dense-4', 'dense-8']);
    for (const [nodeId, layers] of c.layersByNode) {
      expect(layers).toEqual(nodeId.startsWith('output') ? [] : [nodeId]);
    }
    expect(c.weights.map((w) => `${w.nodeId}/${w.name}`)).toEqual([
      'dense-2/kernel',
      'dense-2/bias',
      'dense-4/kernel',
      'dense-4/bias',
      'dense-8/kernel',
      'dense-8/bias',
    ]);
    expect(c.weights.find((w) => w.nodeId === 'dense-8')?.variable.shape).toEqual([8, 1]);
    expect(c.model.outputs[0].shape).toEqual([null, 1]);
    expect(c.outputWidth).toBe(1);
  });

  it('makes ids tfjs cannot take into valid unique layer names, keeping the attribution', () => {
    const graph = mlp({ hidden: [3], activation: 'relu' });
    const rename = new Map([
      ['dense-2', 'first layer/α'],
      ['dense-4', '_first layer/α'],
    ]);
    const renamed: Graph = {
      nodes: graph.nodes.map((n) => ({ ...n, id: rename.get(n.id) ?? n.id })),
      edges: graph.edges.map((e) => ({
        ...e,
        source: rename.get(e.source) ?? e.source,
        target: rename.get(e.target) ?? e.target,
      })),
    };
    const c = build(renamed);
    const names = [...c.layersByNode.values()].flat();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9][-A-Za-z0-9._]*$/);
    expect(c.weights.filter((w) => w.nodeId === 'first layer/α').map((w) => w.name)).toEqual(['kernel', 'bias']);
  });

  it('computes BCE and CCE from the logits under a final Sigmoid or Softmax, MSE from the prediction', () => {
    expect(build(mlp({ hidden: [3], activation: 'relu' })).head).toEqual({ kind: 'logits', activation: 'sigmoid' });
    const multi = mlp({
      hidden: [3],
      activation: 'relu',
      outputUnits: 3,
      finalActivation: 'softmax',
      loss: 'categoricalCrossentropy',
    });
    expect(build(multi).head).toEqual({ kind: 'logits', activation: 'softmax' });
    const regression = mlp({ hidden: [3], activation: 'relu', finalActivation: 'linear', loss: 'meanSquaredError' });
    expect(build(regression).head).toEqual({ kind: 'prediction' });
  });

  it('draws the same weights from the same seed, and different ones per layer and per seed', () => {
    const graph = mlp({ hidden: [5, 5], activation: 'tanh' });
    const [a, b, c] = [build(graph, 4), build(graph, 4), build(graph, 5)];
    expect(values(a, 'dense-2', 'kernel')).toEqual(values(b, 'dense-2', 'kernel'));
    expect(values(a, 'dense-4', 'kernel')).toEqual(values(b, 'dense-4', 'kernel'));
    expect(values(a, 'dense-2', 'kernel')).not.toEqual(values(c, 'dense-2', 'kernel'));
    expect(Array.from(values(a, 'dense-4', 'kernel')).slice(0, 10)).not.toEqual(
      Array.from(values(a, 'dense-2', 'kernel')).slice(0, 10),
    );
  });

  it('initialises from the node params: constants, scaled random draws and variance scaling', () => {
    const b = new GraphBuilder();
    const d1 = b.add(
      'dense',
      { units: 400, kernelInitializer: { ...init('randomUniform'), limit: 0.3 }, biasInitializer: init('ones') },
      [b.add('input')],
    );
    const d2 = b.add('dense', { units: 300, kernelInitializer: { ...init('randomNormal'), stddev: 0.5 } }, [d1]);
    const d3 = b.add('dense', { units: 200, kernelInitializer: init('heNormal') }, [d2]);
    b.add('output', { loss: 'meanSquaredError' }, [
      b.add('dense', { units: 1, kernelInitializer: init('zeros') }, [d3]),
    ]);
    const c = build(b.build());
    const std = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    const uniform = values(c, d1, 'kernel');
    expect(Math.max(...uniform.map(Math.abs))).toBeLessThanOrEqual(0.3);
    expect(Math.abs(std(uniform) / (0.3 / Math.sqrt(3)) - 1)).toBeLessThan(0.1); // 800 draws
    expect(Array.from(values(c, d1, 'bias'))).toEqual(new Array(400).fill(1));
    expect(std(values(c, d2, 'kernel'))).toBeCloseTo(0.5, 1);
    // He normal is the textbook N(0, 2/fan_in), untruncated (60,000 draws: within 2 %).
    expect(Math.abs(std(values(c, d3, 'kernel')) / Math.sqrt(2 / 300) - 1)).toBeLessThan(0.02);
    expect(values(c, 'dense-5', 'kernel').every((v) => v === 0)).toBe(true);
  });

  it('refuses an untrainable graph with every error in words', () => {
    const b = new GraphBuilder();
    const a = b.add('dense', { units: 3 }, [b.add('input')]);
    b.add('output', { loss: 'categoricalCrossentropy' }, [a]);
    let error: unknown;
    try {
      build(b.build());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelBuildError);
    const issues = (error as ModelBuildError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect((error as Error).message).toContain(issue.message);
  });

  it('leaves out nodes that do not lead to the Output', () => {
    const graph = mlp({ hidden: [3], activation: 'relu' });
    graph.nodes.push({
      id: 'stray',
      kind: 'dense',
      name: 'Stray',
      position: { x: 0, y: 0 },
      params: { ...graph.nodes[1].params },
    } as Graph['nodes'][number]);
    graph.edges.push({ id: 'e-stray', source: 'input-1', target: 'stray' });
    const c = build(graph);
    expect(c.layersByNode.has('stray')).toBe(false);
    expect(c.weights.some((w) => w.nodeId === 'stray')).toBe(false);
  });

  it('exports and reloads a model with GELU, ELU α ≠ 1 and seeded dropout, predicting the same', async () => {
    const b = new GraphBuilder();
    const g = b.add('activation', { activation: 'gelu' }, [b.add('dense', { units: 6 }, [b.add('input')])]);
    const e = b.add('activation', { activation: 'elu', alpha: 0.5 }, [
      b.add('dense', { units: 4 }, [b.add('dropout', { rate: 0.3 }, [g])]),
    ]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [e])])]);
    const c = build(b.build());
    let artifacts: tf.io.ModelArtifacts | undefined;
    await c.model.save(
      tf.io.withSaveHandler(async (a) => {
        artifacts = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
    const x = tf.tensor2d([
      [0.3, -1.2],
      [2, 0.5],
      [-0.7, -0.1],
    ]);
    const [p, q] = [c.model.predict(x) as tf.Tensor, loaded.predict(x) as tf.Tensor];
    expect(Array.from(await q.data())).toEqual(Array.from(await p.data()));
    tf.dispose([x, p, q]);
    loaded.dispose();
  });
});
