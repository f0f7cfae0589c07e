// The pure session reducer: what a worker's ready and error reports, a flush and a pinned moment decide.
import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/project/index';
import type { FromWorker } from '../../src/training/worker/protocol';
import { initialTrack } from './report-reducer';
import { dueRequests, pinnedRequest, reduceError, reduceReady, type DueContext } from './session-reducer';
import { readyOn } from './test-support';

const ready = (backend: 'webgl' | 'wasm' | 'cpu') => readyOn(backend) as Extract<FromWorker, { type: 'ready' }>;
const weights = [{ nodeId: 'dense-1', name: 'kernel', shape: [1, 2], values: new Float32Array([0.5, -2]) }];
const snapshot = { weights, at: { step: 40, epoch: 4, batchInEpoch: 0 } };
const context = { preference: 'auto' as const, snapshot: null, lastChartedStep: -1, document: createProject() };
const fresh = { ready: false, backend: null, lost: null, resume: null, waiting: [] };

describe('reduceReady', () => {
  it('starts a new worker paused, or playing when Train waited for it, and says where it runs', () => {
    const paused = reduceReady(initialTrack(), fresh, ready('wasm'), context);
    expect(paused.session).toMatchObject({ ready: true, backend: 'wasm', waiting: [] });
    expect(paused.post).toEqual([]);
    expect(paused.update?.patch).toMatchObject({ backend: 'wasm', status: 'paused' });
    const playing = reduceReady(initialTrack(), { ...fresh, waiting: [{ type: 'play' }] }, ready('wasm'), context);
    expect(playing.post.map((m) => m.type)).toEqual(['play']);
    expect(playing.update?.patch?.status).toBe('starting');
  });

  it('loads a reopened project’s weights before what waited, skipping the rebuild’s own progress report', () => {
    const resume = { snapshot, notice: (backend: string) => `resumed on ${backend}` };
    const step = reduceReady(
      initialTrack(),
      { ...fresh, resume, waiting: [{ type: 'play' }] },
      ready('webgl'),
      context,
    );
    expect(step.post.map((m) => m.type)).toEqual(['setWeights', 'updateDocument', 'play']);
    const load = step.post[0] as Extract<(typeof step.post)[number], { type: 'setWeights' }>;
    expect(load.at).toEqual({ step: 40, epoch: 4, batchInEpoch: 0 });
    expect(load.weights[0].values).not.toBe(weights[0].values);
    expect([...load.weights[0].values]).toEqual([0.5, -2]);
    expect(step.track.skipProgress).toBe(1);
    expect(step.update?.patch?.notice).toBe('resumed on webgl');
  });

  it('takes an unasked ready as the fallback after a lost context: resumes from the held weights and plays on', () => {
    const session = { ready: true, backend: 'webgl' as const, lost: { backend: 'webgl' as const, wasRunning: true } };
    const step = reduceReady(initialTrack(), { ...session, resume: null, waiting: [] }, ready('wasm'), {
      ...context,
      snapshot,
    });
    expect(step.post.map((m) => m.type)).toEqual(['setWeights', 'updateDocument', 'play']);
    expect(step.update?.patch?.notice).toMatch(/WebGL context was lost; training continues on .* from step 40/);
    expect(step.session.lost).toBeNull();
  });

  it('keeps the status of a rebuild it asked for, and charts on after the last charted step', () => {
    const track = { ...initialTrack(), barrier: 'ready' as const, generation: 3 };
    const session = { ready: true, backend: 'cpu' as const, lost: null, resume: null, waiting: [] };
    const step = reduceReady(track, session, ready('cpu'), { ...context, lastChartedStep: 12 });
    expect(step.update?.patch?.status).toBeUndefined();
    expect(step.track).toMatchObject({ barrier: null, generation: 4, lastMetricStep: 12, gridStale: true });
  });
});

describe('reduceError', () => {
  const error = (message: string, request: Extract<FromWorker, { type: 'error' }>['request']) =>
    ({ type: 'error', message, request }) as const;

  it('drops an unanswerable grid request and stops asking for grids of data with no plane', () => {
    const step = reduceError(
      { ...initialTrack(), gridRequests: [0] },
      { backend: 'cpu' },
      error('no plane', 'requestGrid'),
      'paused',
    );
    expect(step.track).toMatchObject({ gridRequests: [], planeless: true });
    expect(step.then).toBeUndefined();
  });

  it('moves a failing GPU backend to the next one, but fails a broken network on any backend', () => {
    const gpu = reduceError(initialTrack(), { backend: 'webgl' }, error('WebGL: out of memory', 'step'), 'running');
    expect(gpu.then).toEqual({ act: 'crash', message: 'WebGL: out of memory' });
    const cpu = reduceError(initialTrack(), { backend: 'cpu' }, error('WebGL: out of memory', 'step'), 'running');
    expect(cpu.then).toEqual({ act: 'fail', message: 'WebGL: out of memory' });
    const build = reduceError(initialTrack(), { backend: 'webgl' }, error('shape mismatch', 'init'), 'starting');
    expect(build.then?.act).toBe('fail');
  });

  it('waits for the core’s fallback after a lost context, remembering whether the run played', () => {
    const step = reduceError(initialTrack(), { backend: 'webgpu' }, error('The GPU context was lost', null), 'running');
    expect(step.session.lost).toEqual({ backend: 'webgpu', wasRunning: true });
    expect(step.update?.patch?.status).toBe('starting');
  });

  it('shows a refused setting as a notice and keeps the run', () => {
    const step = reduceError(
      initialTrack(),
      { backend: 'cpu' },
      error('learning rate too large', 'setLearningRate'),
      'paused',
    );
    expect(step.update?.patch?.notice).toBe('learning rate too large');
    expect(step.then).toBeUndefined();
  });
});

describe('dueRequests', () => {
  const due: DueContext = {
    running: false,
    now: 1000,
    moments: true,
    paced: false,
    gridEveryMs: 300,
    weightsEveryMs: 1000,
    gridResolution: 48,
    neuronResolution: 24,
  };

  it('asks for a stale grid and stale weights once, tagged with the current generation', () => {
    const first = dueRequests({ ...initialTrack(), generation: 2 }, due);
    expect(first.post).toEqual([
      { type: 'requestGrid', resolution: 48 },
      { type: 'requestNeuronGrids', resolution: 24 },
    ]);
    expect(first.track).toMatchObject({ gridRequests: [2], weightRequests: [2], gridStale: false });
    expect(dueRequests({ ...first.track, gridStale: true, weightsStale: true }, due).post).toEqual([]);
  });

  it('leaves the grid to the worker’s moments while playing, and asks for weights more often when paced', () => {
    const track = { ...initialTrack(), lastWeightsAt: 700 };
    expect(dueRequests(track, { ...due, running: true }).post).toEqual([]);
    expect(dueRequests(track, { ...due, running: true, paced: true }).post).toEqual([
      { type: 'requestNeuronGrids', resolution: 24 },
    ]);
    expect(dueRequests(track, { ...due, running: true, moments: false }).post.map((m) => m.type)).toEqual([
      'requestGrid',
    ]);
  });

  it('asks for nothing while a rebuild is awaited', () => {
    expect(dueRequests({ ...initialTrack(), barrier: 'ready' }, due).post).toEqual([]);
  });
});

describe('pinnedRequest', () => {
  it('asks once per pinned moment for its units, and clears them when unpinned', () => {
    const options = { ready: true, shown: false, neuronResolution: 24 };
    const asked = pinnedRequest(initialTrack(), { step: 30, weights }, options);
    expect(asked.post).toEqual([{ type: 'requestNeuronGrids', resolution: 24, moment: { step: 30, weights } }]);
    expect(pinnedRequest(asked.track, { step: 30, weights }, options).post).toEqual([]);
    const unpinned = pinnedRequest(asked.track, null, { ...options, shown: true });
    expect(unpinned.track.momentNeuronStep).toBeNull();
    expect(unpinned.update?.patch).toEqual({ momentNeuronGrids: null });
  });
});
