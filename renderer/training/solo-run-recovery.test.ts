// Recovery and resuming: a crashed or silent worker, a lost GPU context, a backend override while
// running, and a reopened project's saved weights, history and counters.
import { describe, expect, it } from 'vitest';
import { createProject, storeWeights } from '../../src/project/index';
import type { TrainedState } from '../../src/project/types';
import { fakeDriver, progressAt, readyOn } from './test-support';

const WEIGHTS = [
  { nodeId: 'dense-1', name: 'kernel', shape: [1, 2], values: new Float32Array([0.25, -1.5]) },
  { nodeId: 'dense-1', name: 'bias', shape: [2], values: new Float32Array([Math.fround(0.1), -0]) },
];

function setup() {
  const { store, scheduler, workers, flush } = fakeDriver({ heartbeatMs: 10_000 });
  const training = () => store.getState().training;
  /** Runs on `backend` to step 40 (10 batches per epoch) with the weights read there. */
  const runningAt40 = (backend: 'webgl' | 'webgpu') => {
    store.getState().startTraining();
    const worker = workers[0];
    worker.report(readyOn(backend));
    worker.report(progressAt(40, { running: true, accuracy: 0.8 }));
    worker.report({ type: 'weights', weights: WEIGHTS.map((w) => ({ ...w, values: w.values.slice() })) });
    flush();
    return worker;
  };
  return { store, scheduler, workers, training, flush, runningAt40 };
}

describe('training driver, one network: recovery', () => {
  it('moves a crashed worker’s run to the next backend, from the last weights, and keeps counting', () => {
    const { workers, training, flush, runningAt40 } = setup();
    const first = runningAt40('webgl');
    first.onerror?.({ message: 'out of memory' });
    expect(first.terminated).toBe(true);
    const second = workers[1];
    expect(second.last('init')?.backend).toBe('wasm');
    second.report(readyOn('wasm'));
    const setWeights = second.last('setWeights');
    expect(setWeights?.weights.map((w) => Array.from(w.values))).toEqual(WEIGHTS.map((w) => Array.from(w.values)));
    expect(second.types().slice(-3)).toEqual(['setWeights', 'updateDocument', 'play']);
    // The engine takes the counters with the weights (step 40 = epoch 4 at 10 batches per epoch) and counts the whole run itself.
    expect(setWeights?.at).toEqual({ step: 40, epoch: 4, batchInEpoch: 0 });
    expect(second.last('updateDocument')?.document.training.epochs).toBe(500);
    second.report(progressAt(0, { accuracy: 0.1 }));
    second.report(progressAt(40, { accuracy: 0.8 }));
    second.report(progressAt(45, { running: true, accuracy: 0.81 }));
    flush();
    expect(training().notice).toBe(
      'The training worker stopped on WebGL (out of memory); training continues on WASM from step 40.',
    );
    expect(training().counters.step).toBe(45);
    expect(training().metrics.map((m) => [m.step, m.validationAccuracy])).toEqual([
      [40, 0.8],
      [45, 0.81],
    ]);
    expect(training().backend).toBe('wasm');
  });

  it('tries each backend once for a worker that cannot start, then stops with an error instead of starting it again', () => {
    const { store, workers, training, flush } = setup();
    store.getState().startTraining();
    for (let i = 0; i < 3; i++) workers[i].onerror?.({ message: 'script failed to load' });
    expect(workers.map((w) => w.last('init')?.backend)).toEqual(['auto', 'webgl', 'wasm', 'cpu']);
    workers[3].onerror?.({ message: 'script failed to load' });
    flush();
    expect(workers).toHaveLength(4);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(training().status).toBe('error');
    expect(training().error).toMatch(
      /stopped 4 times in a row without training a step \(last: .*script failed to load/,
    );
    expect(training().error).toMatch(/Press Train to try again/);
    // Train again is a fresh try on the chosen backend, with the whole ladder ahead of it.
    store.getState().startTraining();
    expect(workers).toHaveLength(5);
    expect(workers[4].last('init')?.backend).toBe('auto');
    workers[4].onerror?.({ message: 'script failed to load' });
    expect(workers).toHaveLength(6);
  });

  it('counts only crashes without progress: a worker that trains past the last crash starts the count again', () => {
    const { workers, training, flush, runningAt40 } = setup();
    runningAt40('webgpu');
    let step = 40;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) workers.at(-1)?.onerror?.({ message: 'lost' });
      const worker = workers.at(-1);
      worker?.report(readyOn('cpu'));
      step += 5;
      worker?.report(progressAt(step, { running: true, accuracy: 0.8 }));
    }
    flush();
    expect(workers).toHaveLength(10);
    // Nine crashes, never four without progress between them: the run is still being moved, never stopped.
    expect(training().status).not.toBe('error');
    expect(training().error).toBeNull();
    expect(workers.at(-1)?.terminated).toBe(false);
  });

  it('treats a running worker that falls silent as crashed', () => {
    const { scheduler, workers, runningAt40 } = setup();
    runningAt40('webgpu');
    scheduler.advance(9_000);
    expect(workers).toHaveLength(1);
    scheduler.advance(4_000);
    expect(workers).toHaveLength(2);
    expect(workers[1].last('init')?.backend).toBe('webgl');
  });

  it('resumes after a lost WebGL context from the snapshot on the backend the core fell back to', () => {
    const { training, flush, runningAt40 } = setup();
    const worker = runningAt40('webgl');
    worker.report({
      type: 'error',
      message:
        'The webgl context was lost (the GPU was reset or reclaimed); training restarts from fresh weights on wasm.',
      request: null,
    });
    worker.report({ type: 'stopped', reason: 'error' });
    worker.report(readyOn('wasm'));
    expect(worker.types().slice(-3)).toEqual(['setWeights', 'updateDocument', 'play']);
    expect(worker.last('setWeights')?.at).toEqual({ step: 40, epoch: 4, batchInEpoch: 0 });
    worker.report(progressAt(0));
    worker.report(progressAt(40));
    flush();
    expect(training().notice).toBe('The WebGL context was lost; training continues on WASM from step 40.');
    expect(training().counters.step).toBe(40);
    expect(training().status).toBe('starting');
  });

  it('moves to an overridden backend while running: reads the weights, then resumes on a new worker', () => {
    const { store, workers, runningAt40 } = setup();
    const first = runningAt40('webgl');
    store.getState().setBackendPreference('cpu');
    expect(first.types().slice(-2)).toEqual(['pause', 'getWeights']);
    first.report({ type: 'weights', weights: WEIGHTS.map((w) => ({ ...w, values: w.values.map((v) => v * 2) })) });
    expect(first.terminated).toBe(true);
    expect(workers[1].last('init')?.backend).toBe('cpu');
    workers[1].report(readyOn('cpu'));
    expect(Array.from(workers[1].last('setWeights')?.weights[0].values ?? [])).toEqual([0.5, -3]);
    expect(workers[1].types().at(-1)).toBe('play');
  });

  it('a second backend choice while the first is still moving keeps the run going, on the last choice', () => {
    const { store, workers, flush, runningAt40 } = setup();
    const first = runningAt40('webgl');
    store.getState().setBackendPreference('wasm');
    first.report({ type: 'stopped', reason: 'paused' });
    flush();
    first.report({ type: 'weights', weights: WEIGHTS.map((w) => ({ ...w, values: w.values.slice() })) });
    flush();
    // Within a second the user picks again, while the worker for the first choice is starting.
    store.getState().setBackendPreference('cpu');
    const last = workers.at(-1)!;
    expect(last.last('init')?.backend).toBe('cpu');
    last.report(readyOn('cpu'));
    expect(last.types()).toContain('setWeights');
    expect(last.types().at(-1)).toBe('play');
    expect(workers.filter((w) => !w.terminated)).toHaveLength(1);
  });

  it('two backend choices before the weights are read move the run once, to the last choice, and keep it playing', () => {
    const { store, workers, flush, runningAt40 } = setup();
    const first = runningAt40('webgl');
    store.getState().setBackendPreference('wasm');
    first.report({ type: 'stopped', reason: 'paused' });
    flush();
    store.getState().setBackendPreference('cpu');
    first.report({ type: 'weights', weights: WEIGHTS.map((w) => ({ ...w, values: w.values.slice() })) });
    flush();
    const last = workers.at(-1)!;
    expect(workers).toHaveLength(2);
    expect(last.last('init')?.backend).toBe('cpu');
    last.report(readyOn('cpu'));
    expect(last.types().at(-1)).toBe('play');
  });
});

describe('training driver, one network: a reopened project', () => {
  it('shows the saved history and counters, and resumes from the saved weights', () => {
    const { store, workers, training, flush } = setup();
    const state: TrainedState = {
      step: 120,
      epoch: 12,
      weights: storeWeights(WEIGHTS),
      history: [10, 60, 120].map((step) => ({
        step,
        epoch: step / 10,
        trainLoss: 1 / step,
        trainAccuracy: 0.9,
        validationLoss: 1 / step,
        validationAccuracy: 0.88,
      })),
    };
    store.getState().loadProject({ ...createProject(), state }, { name: 'saved.mlp' });
    store.getState().loadTrainedState(state);
    expect(training().metrics.map((m) => m.step)).toEqual([10, 60, 120]);
    expect(training().counters).toMatchObject({ step: 120, epoch: 12 });
    expect(training().keepTrainedState).toBe(true);
    const worker = workers[0];
    expect(worker.last('init')?.document.training.epochs).toBe(500);
    worker.report(readyOn('cpu'));
    // A saved state records no position within its epoch: the engine resumes at its start.
    expect(worker.last('setWeights')?.at).toEqual({ step: 120, epoch: 12, batchInEpoch: 0 });
    const loaded = worker.last('setWeights')?.weights ?? [];
    expect(new Uint32Array(loaded[1].values.buffer)).toEqual(new Uint32Array(WEIGHTS[1].values.buffer));
    worker.report(progressAt(0, { accuracy: 0.5 }));
    worker.report(progressAt(120, { accuracy: 0.88 }));
    flush();
    expect(training().counters.step).toBe(120);
    expect(training().status).toBe('paused');
    store.getState().stepBatch();
    worker.report(progressAt(121, { accuracy: 0.89 }));
    flush();
    expect(training().counters.step).toBe(121);
    expect(training().metrics.map((m) => m.step)).toEqual([10, 60, 120, 121]);
  });

  it('opening another project stops the worker and clears the run', () => {
    const { store, training, flush, runningAt40 } = setup();
    const worker = runningAt40('webgl');
    store.getState().newProject();
    flush();
    expect(worker.terminated).toBe(true);
    expect(training()).toMatchObject({ status: 'idle', metrics: [], counters: { step: 0 } });
  });
});
