// The worker's handler in Node with the real engine on the CPU and WASM: 'auto' races the backends
// before the core starts, and the per-unit grids match the weights reported with them.
import * as tf from '@tensorflow/tfjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, projectedPlane, type DatasetSpec, type PreparedData } from '../../data/index';
import { PCA_PROJECTION, type ProjectionChoice } from '../../data/projection';
import { ensureDatasetLoaded } from '../../data/real/load';
import { gridPoints } from '../grid';
import type { TrainingDocument, FromWorker } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { GraphBuilder, mlp } from '../test-support/graphs';
import { nodeWasmPaths } from '../wasm-paths-node';
import { prepareDocumentData } from './worker-core';
import { WorkerHost } from './worker-host';

type Report<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;
let hosts: WorkerHost[] = [];

function harness() {
  const reports: FromWorker[] = [];
  const host = new WorkerHost({
    post: (r) => reports.push(r),
    wasmPaths: nodeWasmPaths(),
    raceBudgetMs: 30,
    core: { sliceMs: 10, metricsEveryMs: 0 },
  });
  hosts.push(host);
  const of = <T extends FromWorker['type']>(type: T) => reports.filter((r): r is Report<T> => r.type === type);
  return { host, reports, of };
}

/** Input → Linear(6) → Dropout → ReLU → Linear(1) → Sigmoid → Output: Dropout keeps it off the fast engine. */
function withDropout() {
  const b = new GraphBuilder();
  const hidden = b.add('activation', { activation: 'relu' }, [
    b.add('dropout', { rate: 0.1 }, [b.add('dense', { units: 6 }, [b.add('input')])]),
  ]);
  b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [hidden])])]);
  return b.build();
}

const document: TrainingDocument = {
  graph: mlp({ hidden: [3], activation: 'tanh' }),
  data: { ...DEFAULT_DATASET },
  training: trainingConfig({ seed: 4, batchSize: 32, epochs: 2 }),
};

afterEach(async () => {
  for (const host of hosts) await host.handle({ type: 'dispose' });
  hosts = [];
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('WorkerHost', () => {
  it("races the backends in 'auto' for a network only tfjs trains, and starts the core on the fastest", async () => {
    const h = harness();
    await h.host.handle({ type: 'init', document: { ...document, graph: withDropout() }, backend: 'auto' });
    expect(h.reports.map((r) => r.type).slice(0, 3)).toEqual(['raced', 'ready', 'progress']);
    const { timings, note } = h.of('raced')[0];
    expect(timings.map((t) => t.backend)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    const ran = timings.filter((t) => t.stepsPerSecond !== null);
    expect(ran.map((t) => t.backend)).toEqual(['wasm', 'cpu']);
    const winner = ran.reduce((a, b) => ((a.stepsPerSecond as number) >= (b.stepsPerSecond as number) ? a : b)).backend;
    expect(h.of('ready')[0]).toMatchObject({ backend: winner, engine: 'tfjs' });
    expect(note).toMatch(new RegExp(`^Picked ${winner}`));
  });

  it("leaves a network the fast engine runs to the core's own choice, without a race", async () => {
    const h = harness();
    await h.host.handle({ type: 'init', document, backend: 'auto' });
    expect(h.of('raced')).toHaveLength(0);
    expect(h.of('ready')[0].engine).toBe('fast');
  });

  it('goes straight to a named backend, and draws each hidden unit from the weights it reports', async () => {
    const h = harness();
    await h.host.handle({ type: 'init', document, backend: 'cpu' });
    expect(h.of('raced')).toHaveLength(0);
    await h.host.handle({ type: 'step', batches: 3 });
    await h.host.handle({ type: 'requestNeuronGrids', resolution: 3 });
    const types = h.reports.map((r) => r.type);
    expect(types.slice(-2)).toEqual(['weights', 'neuronGrids']);
    const grids = h.of('neuronGrids')[0].grids ?? [];
    expect(grids.map((g) => g.units)).toEqual([3, 3, 1, 1]);
    const weights = h.of('weights')[0].weights;
    const kernel = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'kernel')?.values as Float32Array;
    const bias = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'bias')?.values as Float32Array;
    const data = prepareDocumentData(document);
    const x = data.transform(gridPoints(data.bounds as NonNullable<typeof data.bounds>, 3), 9);
    for (let unit = 0; unit < 3; unit++) {
      for (let cell = 0; cell < 9; cell++) {
        const z = x[cell * 2] * kernel[unit] + x[cell * 2 + 1] * kernel[3 + unit] + bias[unit];
        expect(grids[1].values[unit * 9 + cell]).toBeCloseTo(Math.tanh(z), 5);
      }
    }
  });

  it("draws the units at a moment's weights when asked, without reading or replacing the live ones", async () => {
    const h = harness();
    await h.host.handle({ type: 'init', document, backend: 'cpu' });
    await h.host.handle({ type: 'getWeights' });
    const early = h.of('weights')[0].weights;
    await h.host.handle({ type: 'step', batches: 5 });
    await h.host.handle({ type: 'requestNeuronGrids', resolution: 3 });
    const live = h.of('neuronGrids')[0];
    const weightsReports = h.of('weights').length;
    await h.host.handle({ type: 'requestNeuronGrids', resolution: 3, moment: { step: 0, weights: early } });
    expect(h.of('weights')).toHaveLength(weightsReports);
    const atMoment = h.of('neuronGrids')[1];
    expect(atMoment.momentStep).toBe(0);
    expect(live.momentStep).toBeUndefined();
    // The first hidden unit at step 0, from the early kernel and bias, not the live ones.
    const kernel = early.find((w) => w.nodeId === atMoment.grids![0].nodeId && w.name === 'kernel')!.values;
    const bias = early.find((w) => w.nodeId === atMoment.grids![0].nodeId && w.name === 'bias')!.values;
    const data = prepareDocumentData(document);
    const x = data.transform(gridPoints(data.bounds as NonNullable<typeof data.bounds>, 3), 9);
    for (let cell = 0; cell < 9; cell++)
      expect(atMoment.grids![1].values[cell]).toBeCloseTo(
        Math.tanh(x[cell * 2] * kernel[0] + x[cell * 2 + 1] * kernel[3] + bias[0]),
        5,
      );
    expect(Array.from(atMoment.grids![1].values)).not.toEqual(Array.from(live.grids![1].values));
  });

  it('draws the units of data wider than two columns over the views’ plane, each point mapped back to the inputs', async () => {
    const wine: DatasetSpec = { ...DEFAULT_DATASET, kind: 'wine', seed: 3, validationSplit: 0.25, standardize: true };
    await ensureDatasetLoaded(wine);
    const wide: TrainingDocument = {
      graph: mlp({
        inputs: 13,
        hidden: [3],
        activation: 'tanh',
        outputUnits: 3,
        finalActivation: 'softmax',
        loss: 'categoricalCrossentropy',
      }),
      data: wine,
      training: trainingConfig({ seed: 4, batchSize: 32, epochs: 2 }),
    };
    const columns: ProjectionChoice = { kind: 'features', x: 0, y: 5 };
    const h = harness();
    await h.host.handle({
      type: 'init',
      document: wide,
      backend: 'cpu',
      moments: { resolution: 3, projection: columns },
    });
    await h.host.handle({ type: 'step', batches: 2 });
    await h.host.handle({ type: 'requestNeuronGrids', resolution: 3 });
    const grids = h.of('neuronGrids').at(-1)?.grids ?? [];
    expect(grids.map((g) => g.units)).toEqual([3, 3, 3, 3]);
    const weights = h.of('weights').at(-1)?.weights ?? [];
    const kernel = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'kernel')?.values as Float32Array;
    const bias = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'bias')?.values as Float32Array;
    // The plane through columns 1 and 6: along the grid only those two of the 13 inputs change.
    const plane = projectedPlane(prepareDocumentData(wide) as PreparedData, columns);
    const x = plane!.transform(gridPoints(plane!.bounds, 3), 9);
    for (let j = 0; j < 13; j++) {
      const column = Array.from({ length: 9 }, (_, cell) => x[cell * 13 + j]);
      expect(new Set(column).size > 1, `column ${j + 1} varies`).toBe(j === 0 || j === 5);
    }
    // Each tanh unit of the first layer, by hand from the reported weights.
    for (let unit = 0; unit < 3; unit++)
      for (let cell = 0; cell < 9; cell++) {
        let z = bias[unit];
        for (let j = 0; j < 13; j++) z += x[cell * 13 + j] * kernel[j * 3 + unit];
        expect(grids[1].values[unit * 9 + cell]).toBeCloseTo(Math.tanh(z), 4);
      }
    // Another plane chosen in the views: the units are drawn over it next time.
    await h.host.handle({ type: 'setProjection', projection: PCA_PROJECTION });
    await h.host.handle({ type: 'requestNeuronGrids', resolution: 3 });
    const overPca = h.of('neuronGrids').at(-1)?.grids ?? [];
    expect(overPca.map((g) => g.units)).toEqual([3, 3, 3, 3]);
    expect(Array.from(overPca[1].values)).not.toEqual(Array.from(grids[1].values));
  });

  it('sends copies of the weights, so transferring them never detaches the live model (CPU backend)', async () => {
    const reports: FromWorker[] = [];
    // Posting as a worker does: the listed buffers are transferred (detached here).
    const host = new WorkerHost({
      post: (r, transfer) => reports.push(structuredClone(r, { transfer })),
      core: { sliceMs: 10, metricsEveryMs: 0 },
    });
    hosts.push(host);
    await host.handle({ type: 'init', document, backend: 'cpu' });
    await host.handle({ type: 'step', batches: 2 });
    await host.handle({ type: 'getWeights' });
    // Weights loaded from outside (a resumed run) become the CPU backend's own arrays; reading them back must not hand those out.
    const loaded = reports.filter((r): r is Report<'weights'> => r.type === 'weights')[0].weights;
    await host.handle({ type: 'setWeights', weights: loaded });
    await host.handle({ type: 'getWeights' });
    await host.handle({ type: 'step', batches: 5 });
    await host.handle({ type: 'getWeights' });
    expect(reports.filter((r) => r.type === 'diverged' || r.type === 'error')).toEqual([]);
    const weights = reports.filter((r): r is Report<'weights'> => r.type === 'weights');
    expect(weights).toHaveLength(3);
    const kernel = (i: number) => Array.from(weights[i].weights[0].values);
    expect(kernel(2).every(Number.isFinite)).toBe(true);
    expect(kernel(2)).not.toEqual(kernel(1));
    expect(reports.filter((r) => r.type === 'progress').at(-1)).toMatchObject({ step: 7 });
  });

  it('reports a network that cannot be built as a failed init', async () => {
    const h = harness();
    const broken = {
      ...document,
      graph: { nodes: document.graph.nodes.filter((n) => n.kind !== 'output'), edges: document.graph.edges },
    };
    await h.host.handle({
      type: 'init',
      document: {
        ...broken,
        graph: {
          ...broken.graph,
          edges: broken.graph.edges.filter((e) => broken.graph.nodes.some((n) => n.id === e.target)),
        },
      },
      backend: 'cpu',
    });
    const error = h.of('error')[0];
    expect(error.request).toBe('init');
    expect(error.message).toMatch(/Output/);
  });
});
