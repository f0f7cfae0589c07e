// The training driver, for a project with one network, against a scripted worker: what it sends for each verb,
// how reports reach the store (coalesced), and how it follows edits. Recovery and resuming are in
// solo-run-recovery.test.ts.
import { describe, expect, it } from 'vitest';
import { fakeDriver, progressAt, readyOn } from './test-support';

function setup() {
  const { store, scheduler, workers, driver: client, flush } = fakeDriver();
  const training = () => store.getState().training;
  const started = () => {
    store.getState().startTraining();
    workers[0].report(readyOn('wasm'));
    flush();
    return workers[0];
  };
  return { store, scheduler, workers, client, training, flush, started };
}

describe('training driver, one network: verbs', () => {
  it('starts a worker on the first Train with the document and backend choice, and plays once it is ready', () => {
    const { store, workers, training, flush } = setup();
    expect(workers).toHaveLength(0);
    store.getState().startTraining();
    flush();
    expect(training().status).toBe('starting');
    const worker = workers[0];
    const init = worker.last('init');
    expect(init?.backend).toBe('auto');
    expect(init?.document.graph).toEqual(store.getState().document.graph);
    expect(init?.document.training.epochs).toBe(store.getState().document.training.epochs);
    expect(worker.types()).toEqual(['init']);
    worker.report(readyOn('wasm'));
    expect(worker.types().slice(0, 2)).toEqual(['init', 'play']);
    worker.report(progressAt(1, { running: true }));
    flush();
    expect(training()).toMatchObject({ status: 'running', backend: 'wasm' });
  });

  it('coalesces a burst of reports into one store update, keeping every evaluation once', () => {
    const { store, training, scheduler, started } = setup();
    const worker = started();
    let updates = 0;
    const unsubscribe = store.subscribe((s, p) => {
      if (s.training !== p.training) updates += 1;
    });
    for (let step = 1; step <= 20; step++)
      worker.report(progressAt(step, { running: true, accuracy: step % 5 === 0 ? step / 100 : undefined }));
    worker.report(progressAt(20, { running: true, accuracy: 0.2 }));
    expect(updates).toBe(0);
    scheduler.advance(100);
    expect(updates).toBe(1);
    expect(training().counters.step).toBe(20);
    expect(training().metrics.map((m) => m.step)).toEqual([5, 10, 15, 20]);
    expect(training().metrics[1].validationAccuracy).toBeCloseTo(0.1, 12);
    unsubscribe();
  });

  it('pauses, steps one batch and one epoch, and resets with the seed, dropping reports from before the reset', () => {
    const { store, training, flush, started } = setup();
    const worker = started();
    worker.report(progressAt(7, { running: true, accuracy: 0.5 }));
    store.getState().pauseTraining();
    expect(worker.last('pause')).toBeDefined();
    worker.report({ type: 'stopped', reason: 'paused' });
    flush();
    expect(training().status).toBe('paused');
    store.getState().stepBatch();
    expect(worker.last('step')).toEqual({ type: 'step', batches: 1 });
    store.getState().stepEpoch();
    expect(worker.types().at(-1)).toBe('stepEpoch');

    store.getState().resetTraining();
    expect(worker.last('reset')).toEqual({ type: 'reset', seed: store.getState().document.training.seed });
    expect(training().metrics).toEqual([]);
    worker.report(progressAt(9, { accuracy: 0.6 }));
    flush();
    expect(training().counters.step).toBe(0);
    expect(training().metrics).toEqual([]);
    worker.report(progressAt(0, { accuracy: 0.4 }));
    flush();
    expect(training().metrics.map((m) => m.step)).toEqual([0]);
  });

  it('asks for the decision grid and the weights when they go stale, pairing them with the counters', () => {
    const { training, flush, started } = setup();
    const worker = started();
    expect(worker.last('requestGrid')).toBeDefined();
    expect(worker.last('requestNeuronGrids')).toBeDefined();
    worker.report(progressAt(12, { perEpoch: 5 }));
    worker.report({ type: 'grid', resolution: 2, channels: 1, values: new Float32Array([0, 1, 1, 0]) });
    worker.report({
      type: 'weights',
      weights: [{ nodeId: 'dense-1', name: 'bias', shape: [1], values: new Float32Array([3]) }],
    });
    worker.report({ type: 'neuronGrids', grids: null });
    flush();
    expect(training().grids).toHaveLength(1);
    expect(training().grids[0]).toMatchObject({ step: 12, epoch: 2, resolution: 2, channels: 1 });
    expect(training().weightsAt).toEqual({ step: 12, epoch: 2 });
    expect(training().weights?.[0].values[0]).toBe(3);
    // The step moved while paused, so a new grid was asked for; only one is in flight at a time.
    const requests = () => worker.sent.filter((m) => m.type === 'requestGrid').length;
    expect(requests()).toBe(2);
    worker.report(progressAt(13, { perEpoch: 5 }));
    flush();
    expect(requests()).toBe(2);
    worker.report({ type: 'grid', resolution: 2, channels: 1, values: new Float32Array(4) });
    flush();
    expect(requests()).toBe(3);
    expect(training().grids.map((g) => g.step)).toEqual([12, 13]);
  });

  it('asks the worker for moments at the grid resolution, keeps them on the timeline and asks for no grid while they flow', () => {
    const { training, flush, started } = setup();
    const worker = started();
    expect(worker.last('init')?.moments).toEqual({ resolution: 48 });
    const requests = () => worker.sent.filter((m) => m.type === 'requestGrid').length;
    const asked = requests();
    for (const step of [1, 2, 3]) {
      worker.report(progressAt(step, { running: true, perEpoch: 1 }));
      worker.report({
        type: 'moment',
        step,
        epoch: step,
        resolution: 2,
        channels: 1,
        values: new Float32Array(4),
        kept: true,
      });
    }
    worker.report({
      type: 'moment',
      step: 3,
      epoch: 3,
      resolution: 2,
      channels: 1,
      values: new Float32Array(4),
      kept: false,
    });
    flush();
    flush();
    expect(training().status).toBe('running');
    expect(training().grids.map((g) => [g.step, g.moment])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(requests()).toBe(asked);
  });

  it('reads the weights four times a second while a paced run plays, once a second at full speed', () => {
    const { store, scheduler, flush, started } = setup();
    const worker = started();
    const reads = () => worker.sent.filter((m) => m.type === 'requestNeuronGrids').length;
    let answered = 0;
    // The worker answers every request for the unit pictures as soon as it is made.
    const answer = () => {
      for (; answered < reads(); answered++) worker.report({ type: 'neuronGrids', grids: null });
    };
    let step = 10;
    const play = (ms: number) => {
      for (let t = 0; t < ms; t += 100) {
        worker.report(progressAt((step += 1), { running: true }));
        scheduler.advance(100);
        answer();
      }
    };
    flush();
    answer();
    let before = reads();
    play(4000);
    expect(reads() - before).toBeLessThanOrEqual(4);
    store.getState().setTrainingPace(20);
    before = reads();
    play(4000);
    expect(reads() - before).toBeGreaterThanOrEqual(9);
  });

  it('names a backend that was asked for but could not start', () => {
    const { store, workers, training, flush } = setup();
    store.getState().setBackendPreference('webgpu');
    store.getState().stepBatch();
    expect(workers[0].last('init')?.backend).toBe('webgpu');
    workers[0].report(readyOn('webgl', [{ backend: 'webgpu', reason: 'this environment has no WebGPU' }]));
    flush();
    expect(training().backend).toBe('webgl');
    expect(training().notice).toBe(
      'WebGPU could not start here (this environment has no WebGPU); training runs on WebGL.',
    );
    expect(workers[0].types()).toContain('step');
  });

  it('lets the core pick its engine in auto, asks for tfjs on a named backend, and records which one trains', () => {
    const { store, workers, training, flush } = setup();
    store.getState().stepBatch();
    expect(workers[0].last('init')?.engine).toBe('auto');
    workers[0].report(readyOn('webgl', [], { engine: 'fast', engineReason: 'every node runs on the fast engine' }));
    flush();
    expect(training()).toMatchObject({ engine: 'fast', backend: 'webgl' });
    expect(training().engineNote).toBe(
      'Training on the fast engine (plain JavaScript): every node runs on the fast engine.',
    );
    store.getState().setBackendPreference('wasm');
    workers[0].report({ type: 'weights', weights: [] });
    expect(workers[1].last('init')).toMatchObject({ backend: 'wasm', engine: 'tfjs' });
  });

  it('shows why a network cannot train and starts a new worker on the next try', () => {
    const { store, workers, training, flush } = setup();
    store.getState().startTraining();
    workers[0].report({
      type: 'error',
      message: 'The network cannot be trained until this problem is fixed',
      request: 'init',
    });
    flush();
    expect(training()).toMatchObject({
      status: 'error',
      error: 'The network cannot be trained until this problem is fixed',
    });
    expect(workers[0].terminated).toBe(true);
    store.getState().startTraining();
    expect(workers).toHaveLength(2);
  });
});

describe('training driver, one network: edits during a run', () => {
  it('applies a new learning rate or optimizer in place, other settings through updateDocument, and ignores moves', () => {
    const { store, started } = setup();
    const worker = started();
    const count = () => worker.sent.length;
    const before = count();
    store.getState().setOptimizer({ learningRate: 0.5 });
    expect(worker.sent.slice(before)).toEqual([{ type: 'setLearningRate', learningRate: 0.5 }]);
    store.getState().setOptimizer({ name: 'adam' });
    expect(worker.sent.at(-1)).toMatchObject({ type: 'setOptimizer', optimizer: { name: 'adam', learningRate: 0.5 } });
    store.getState().setTraining({ batchSize: 8 });
    expect(worker.sent.at(-1)).toMatchObject({ type: 'updateDocument', document: { training: { batchSize: 8 } } });
    const moved = count();
    const id = store.getState().document.graph.nodes[1].id;
    store.getState().moveNodes([{ id, position: { x: 999, y: 5 } }]);
    store.getState().renameNode(id, 'Renamed');
    expect(count()).toBe(moved);
  });

  it('rebuilds an untrained network silently, but pauses and asks before resetting a trained one', async () => {
    const { store, training, flush, started } = setup();
    const worker = started();
    const dense = store.getState().document.graph.nodes.find((n) => n.kind === 'dense') as { id: string };
    store.getState().updateNodeParams(dense.id, { units: 5 });
    expect(worker.last('updateDocument')?.document.graph.nodes.find((n) => n.id === dense.id)?.params).toMatchObject({
      units: 5,
    });
    expect(store.getState().view.confirmation).toBeNull();
    worker.report(readyOn('wasm'));

    worker.report(progressAt(30, { running: true, accuracy: 0.9 }));
    flush();
    const sentBefore = worker.sent.length;
    store.getState().updateNodeParams(dense.id, { units: 6 });
    expect(worker.sent.slice(sentBefore).map((m) => m.type)).toEqual(['pause']);
    expect(store.getState().view.confirmation?.title).toBe('Reset training?');
    expect(store.getState().view.confirmation?.message).toMatch(/after 30 training steps/);
    store.getState().answerConfirmation(true);
    await Promise.resolve();
    expect(worker.last('updateDocument')?.document.graph.nodes.find((n) => n.id === dense.id)?.params).toMatchObject({
      units: 6,
    });
    expect(training().metrics).toEqual([]);
    worker.report(progressAt(31, { accuracy: 0.9 }));
    worker.report(readyOn('wasm'));
    worker.report(progressAt(0, { accuracy: 0.5 }));
    flush();
    expect(training().counters.step).toBe(0);
    expect(training().metrics.map((m) => m.step)).toEqual([0]);
  });

  it('keeps the old network when the reset is declined, until Reset applies the edit', async () => {
    const { store, training, flush, started } = setup();
    const worker = started();
    worker.report(progressAt(30, { accuracy: 0.9 }));
    flush();
    store.getState().setDataset({ noise: 0.3 });
    store.getState().answerConfirmation(false);
    await Promise.resolve();
    flush();
    expect(training().notice).toMatch(/network as it was before your edit/);
    expect(worker.last('updateDocument')).toBeUndefined();
    store.getState().setDataset({ noise: 0.35 });
    expect(store.getState().view.confirmation).toBeNull();
    store.getState().resetTraining();
    expect(worker.last('updateDocument')?.document.data.noise).toBe(0.35);
  });
});

describe('training driver, one network: divergence', () => {
  it('reports the step and layer, and rolling back keeps the history up to the restored step', () => {
    const { store, training, flush, started } = setup();
    const worker = started();
    for (const step of [10, 20, 30]) worker.report(progressAt(step, { running: true, accuracy: step / 100 }));
    worker.report({
      type: 'diverged',
      step: 34,
      firstLayerNodeId: 'dense-1',
      firstLayerName: 'Linear 1',
      what: 'loss',
      where: 'output',
      restoredStep: 20,
      message: 'Training diverged at step 34. The state of step 20 was restored.',
    });
    worker.report({ type: 'stopped', reason: 'diverged' });
    flush();
    expect(training().status).toBe('diverged');
    expect(training().divergence).toMatchObject({ step: 34, restoredStep: 20, firstLayerName: 'Linear 1' });
    const grids = worker.sent.filter((m) => m.type === 'requestGrid').length;
    store.getState().rollBack();
    expect(training().divergence).toBeNull();
    expect(training().status).toBe('paused');
    expect(training().metrics.map((m) => m.step)).toEqual([10, 20]);
    worker.report({ type: 'grid', resolution: 2, channels: 1, values: new Float32Array(4) });
    flush();
    expect(worker.sent.filter((m) => m.type === 'requestGrid').length).toBeGreaterThan(grids);
  });
});
