// The worker protocol driven through WorkerCore with a fake postMessage, on the CPU backend.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATASET } from '../../data/index';
import type { Graph } from '../../graph/types';
import type { FromWorker, TrainingDocument } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { GraphBuilder, mlp } from '../test-support/graphs';
import { WorkerCore } from './worker-core';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;
let cores: WorkerCore[] = [];

function harness() {
  const messages: FromWorker[] = [];
  const transfers: ArrayBuffer[][] = [];
  const core = new WorkerCore({
    post: (m, t) => (messages.push(m), transfers.push(t)),
    sliceMs: 10,
    metricsEveryMs: 0,
  });
  cores.push(core);
  const of = <T extends FromWorker['type']>(type: T) => messages.filter((m): m is Message<T> => m.type === type);
  const last = <T extends FromWorker['type']>(type: T) => of(type).at(-1) as Message<T>;
  return { core, messages, transfers, of, last };
}

function documentFor(graph: Graph = mlp({ hidden: [6], activation: 'relu' }), training = {}): TrainingDocument {
  return {
    graph,
    data: { ...DEFAULT_DATASET },
    training: trainingConfig({ seed: 1, batchSize: 32, epochs: 3, ...training }),
  };
}

afterEach(async () => {
  for (const core of cores) await core.handle({ type: 'dispose' });
  cores = [];
});

describe('WorkerCore', () => {
  it('answers init with ready (backend, layer names) and a first progress report', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: documentFor(), backend: 'cpu' });
    expect(h.messages.map((m) => m.type)).toEqual(['ready', 'progress']);
    const ready = h.last('ready');
    expect(ready.backend).toBe('cpu');
    expect(ready.linearNodeIds).toEqual(['dense-2', 'dense-4']);
    expect(ready.layersByNode.get('dense-2')).toEqual(['dense-2']);
    expect(h.last('progress')).toMatchObject({
      step: 0,
      running: false,
      metrics: { trainAccuracy: expect.any(Number) },
    });
  });

  it('keeps the network and its weights when only node positions change (a moved node is no new network)', async () => {
    const h = harness();
    const document = documentFor();
    await h.core.handle({ type: 'init', document, backend: 'cpu' });
    await h.core.handle({ type: 'step', batches: 2 });
    await h.core.handle({ type: 'getWeights' });
    const moved = structuredClone(document);
    moved.graph.nodes.forEach((n, i) => (n.position = { x: 300 * i, y: 40 * i }));
    await h.core.handle({ type: 'updateDocument', document: moved });
    await h.core.handle({ type: 'getWeights' });
    expect(h.of('ready')).toHaveLength(1);
    const [before, after] = h.of('weights');
    expect(after.weights).toEqual(before.weights);
    const wider = structuredClone(moved);
    wider.graph.nodes[1].params = { ...wider.graph.nodes[1].params, units: 7 } as never;
    await h.core.handle({ type: 'updateDocument', document: wider });
    expect(h.of('ready')).toHaveLength(2);
  });

  it('keeps the run when a renamed node arrives with new settings (the page and the worker agree on the network)', async () => {
    const h = harness();
    const document = documentFor();
    await h.core.handle({ type: 'init', document, backend: 'cpu' });
    await h.core.handle({ type: 'step', batches: 2 });
    const renamed = structuredClone(document);
    renamed.graph.nodes[1] = { ...renamed.graph.nodes[1], name: 'Renamed layer' };
    renamed.training = { ...renamed.training, batchSize: 16 };
    await h.core.handle({ type: 'updateDocument', document: renamed });
    expect(h.of('ready')).toHaveLength(1);
    await h.core.handle({ type: 'step', batches: 1 });
    expect(h.last('progress').step).toBe(3);
  });

  it('plays until the configured epochs, reporting progress and statistics, then says it finished', async () => {
    const h = harness();
    // The tfjs engine: the fast one trains these 3 epochs within a single slice, so no running report would come.
    await h.core.handle({
      type: 'init',
      document: documentFor(undefined, { statsEvery: 2 }),
      backend: 'cpu',
      engine: 'tfjs',
    });
    await h.core.handle({ type: 'play' });
    await vi.waitFor(() => expect(h.of('stopped')).toHaveLength(1), { timeout: 20_000, interval: 20 });
    expect(h.last('stopped').reason).toBe('finished');
    expect(h.of('progress').some((p) => p.running)).toBe(true);
    expect(h.last('progress')).toMatchObject({ epoch: 3, running: false });
    expect(h.last('progress').stepsPerSecond).toBeGreaterThan(0);
    expect(h.of('stats').length).toBeGreaterThan(0);
    expect(h.last('stats').layers.map((l) => l.nodeId)).toEqual(['dense-2', 'activation-3', 'dense-4', 'activation-5']);
    await h.core.handle({ type: 'play' });
    expect(h.of('stopped').map((s) => s.reason)).toEqual(['finished', 'finished']);
  });

  it('ends a run that early stopping stops before its epochs, and says where in the stopped message', async () => {
    const h = harness();
    // A min delta no epoch can beat: the first epoch is the best and patience 2 ends the run at epoch 3 of 50.
    const earlyStopping = {
      enabled: true,
      monitor: 'validationLoss' as const,
      patience: 2,
      minDelta: 1000,
      restoreBest: true,
    };
    await h.core.handle({
      type: 'init',
      document: documentFor(undefined, { epochs: 50, earlyStopping }),
      backend: 'cpu',
    });
    await h.core.handle({ type: 'play' });
    await vi.waitFor(() => expect(h.of('stopped')).toHaveLength(1), { timeout: 20_000, interval: 20 });
    expect(h.last('stopped')).toMatchObject({
      reason: 'finished',
      earlyStop: { epoch: 3, bestEpoch: 1, restored: true },
    });
    expect(h.last('progress')).toMatchObject({ epoch: 3, running: false });
    await h.core.handle({ type: 'play' });
    expect(h.last('stopped')).toMatchObject({ reason: 'finished', earlyStop: { epoch: 3 } });
  });

  it('keeps handling messages while running: a new learning rate and a pause get in between slices', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: documentFor(undefined, { epochs: 100_000 }), backend: 'cpu' });
    await h.core.handle({ type: 'play' });
    await vi.waitFor(() => expect(h.of('progress').filter((p) => p.running).length).toBeGreaterThan(2), {
      timeout: 20_000,
      interval: 10,
    });
    await h.core.handle({ type: 'setLearningRate', learningRate: 0.05 });
    await h.core.handle({ type: 'pause' });
    expect(h.messages.at(-1)).toEqual({ type: 'stopped', reason: 'paused' });
    const step = h.last('progress').step;
    expect(step).toBeGreaterThan(0);
    const count = h.messages.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.messages.length).toBe(count);
    expect(h.of('error')).toEqual([]);
  });

  it('steps batches and epochs on request, with progress and statistics each time', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: documentFor(), backend: 'cpu' });
    await h.core.handle({ type: 'step', batches: 3 });
    expect(h.last('progress')).toMatchObject({ step: 3, epoch: 0 });
    expect(h.last('stats').step).toBe(3);
    await h.core.handle({ type: 'stepEpoch' });
    expect(h.last('progress').counters).toMatchObject({ epoch: 1, batchInEpoch: 0 });
    await h.core.handle({ type: 'reset', seed: 9 });
    expect(h.last('progress').step).toBe(0);
  });

  it('sends the decision grid and the weights as transferables, and takes weights back', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: documentFor(), backend: 'cpu' });
    await h.core.handle({ type: 'requestGrid', resolution: 6 });
    const grid = h.last('grid');
    expect(grid).toMatchObject({ resolution: 6, channels: 1 });
    expect(grid.values).toHaveLength(36);
    expect(h.transfers[h.messages.indexOf(grid)]).toContain(grid.values.buffer);
    await h.core.handle({ type: 'getWeights' });
    const { weights } = h.last('weights');
    expect(weights.map((w) => `${w.nodeId}/${w.name}`)).toEqual([
      'dense-2/kernel',
      'dense-2/bias',
      'dense-4/kernel',
      'dense-4/bias',
    ]);
    await h.core.handle({ type: 'setWeights', weights });
    expect(h.of('error')).toEqual([]);
  });

  it('applies new training settings in place, and rebuilds when the graph changes', async () => {
    const h = harness();
    const document = documentFor();
    await h.core.handle({ type: 'init', document, backend: 'cpu' });
    await h.core.handle({ type: 'step', batches: 2 });
    await h.core.handle({
      type: 'updateDocument',
      document: { ...document, training: { ...document.training, l2: 0.01 } },
    });
    expect(h.of('ready')).toHaveLength(1);
    await h.core.handle({ type: 'step', batches: 1 });
    expect(h.last('progress').step).toBe(3);
    await h.core.handle({ type: 'updateDocument', document: documentFor(mlp({ hidden: [3, 3], activation: 'tanh' })) });
    expect(h.of('ready')).toHaveLength(2);
    expect(h.last('ready').linearNodeIds).toHaveLength(3);
    expect(h.last('progress').step).toBe(0);
  });

  it('reports a graph that cannot be trained as an error, and says so when asked to train it', async () => {
    const h = harness();
    const b = new GraphBuilder();
    b.add('output', {}, [b.add('dense', { units: 2 }, [b.add('input')])]);
    await h.core.handle({ type: 'init', document: documentFor(b.build()), backend: 'cpu' });
    expect(h.last('error')).toMatchObject({ request: 'init', message: expect.stringContaining("Node '") });
    await h.core.handle({ type: 'play' });
    expect(h.last('error')).toMatchObject({
      request: 'play',
      message: expect.stringContaining('No network is loaded'),
    });
  });

  it('reports a divergence while running and stops', async () => {
    const h = harness();
    await h.core.handle({
      type: 'init',
      document: documentFor(undefined, { epochs: 1000, batchSize: 0, statsEvery: 5 }),
      backend: 'cpu',
    });
    await h.core.handle({ type: 'setLearningRate', learningRate: 1e6 });
    await h.core.handle({ type: 'play' });
    await vi.waitFor(() => expect(h.of('stopped')).toHaveLength(1), { timeout: 20_000, interval: 20 });
    expect(h.last('stopped').reason).toBe('diverged');
    // At 1e6 the explosion guard (explosion.ts) stops it while still finite, or the non-finite guard does: either
    // names a layer and the fix.
    expect(h.last('diverged')).toMatchObject({
      firstLayerNodeId: expect.any(String),
      message: expect.stringMatching(/Lower the learning rate|with a lower (rate|one)/),
    });
  });

  it('goes quiet after dispose', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: documentFor(), backend: 'cpu' });
    await h.core.handle({ type: 'dispose' });
    expect(h.messages.at(-1)).toEqual({ type: 'stopped', reason: 'disposed' });
    const count = h.messages.length;
    await h.core.handle({ type: 'step', batches: 1 });
    expect(h.messages.length).toBe(count);
  });
});
