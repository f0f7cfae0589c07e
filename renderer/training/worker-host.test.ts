// The worker's handler in Node with the real engine on the CPU and WASM: 'auto' races the backends
// before the core starts, and the per-unit grids match the weights reported with them.
import * as tf from '@tensorflow/tfjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../src/data/index';
import { gridPoints } from '../../src/training/grid';
import type { TrainingDocument } from '../../src/training/protocol';
import { trainingConfig } from '../../src/training/test-support/fixtures';
import { mlp } from '../../src/training/test-support/graphs';
import { nodeWasmPaths } from '../../src/training/wasm-paths-node';
import { prepareDocumentData } from '../../src/training/worker-core';
import type { HostReport } from './messages';
import { WorkerHost } from './worker-host';

type Report<T extends HostReport['type']> = Extract<HostReport, { type: T }>;
let hosts: WorkerHost[] = [];

function harness() {
  const reports: HostReport[] = [];
  const host = new WorkerHost({ post: (r) => reports.push(r), wasmPaths: nodeWasmPaths(), raceBudgetMs: 30, core: { sliceMs: 10, metricsEveryMs: 0 } });
  hosts.push(host);
  const of = <T extends HostReport['type']>(type: T) => reports.filter((r): r is Report<T> => r.type === type);
  return { host, reports, of };
}

const document: TrainingDocument = { graph: mlp({ hidden: [3], activation: 'tanh' }), data: { ...DEFAULT_DATASET }, training: trainingConfig({ seed: 4, batchSize: 32, epochs: 2 }) };

afterEach(async () => {
  for (const host of hosts) await host.handle({ type: 'dispose' });
  hosts = [];
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('WorkerHost', () => {
  it("races the backends in 'auto' and starts the core on the fastest", async () => {
    const h = harness();
    await h.host.handle({ type: 'init', document, backend: 'auto' });
    expect(h.reports.map((r) => r.type).slice(0, 3)).toEqual(['raced', 'ready', 'progress']);
    const { timings, note } = h.of('raced')[0];
    expect(timings.map((t) => t.backend)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    const ran = timings.filter((t) => t.stepsPerSecond !== null);
    expect(ran.map((t) => t.backend)).toEqual(['wasm', 'cpu']);
    const winner = ran.reduce((a, b) => ((a.stepsPerSecond as number) >= (b.stepsPerSecond as number) ? a : b)).backend;
    expect(h.of('ready')[0].backend).toBe(winner);
    expect(note).toMatch(new RegExp(`^Picked ${winner}`));
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

  it('reports a network that cannot be built as a failed init', async () => {
    const h = harness();
    const broken = { ...document, graph: { nodes: document.graph.nodes.filter((n) => n.kind !== 'output'), edges: document.graph.edges } };
    await h.host.handle({ type: 'init', document: { ...broken, graph: { ...broken.graph, edges: broken.graph.edges.filter((e) => broken.graph.nodes.some((n) => n.id === e.target)) } }, backend: 'cpu' });
    const error = h.of('error')[0];
    expect(error.request).toBe('init');
    expect(error.message).toMatch(/Output/);
  });
});
