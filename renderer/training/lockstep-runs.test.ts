import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProject } from '../../src/project/index';
import { createAppStore } from '../store/app-store';
import { TrainingDriver } from './driver';
import { ScriptedRunWorker } from './lockstep-support';

const groups: (() => void)[] = [];
afterEach(() => groups.splice(0).forEach((detach) => detach()));

/** A store with runs A and B (B active) and a driver over scripted workers, one per run in order. */
function setup(options: { runs?: number; perEpoch?: number; epochs?: number } = {}) {
  const store = createAppStore(
    createProject({ training: { ...createProject().training, epochs: options.epochs ?? 100 } }),
  );
  for (let i = 1; i < (options.runs ?? 2); i++) store.getState().duplicateRun();
  const workers: ScriptedRunWorker[] = [];
  const driver = new TrainingDriver(store, {
    spawn: () => {
      const w = new ScriptedRunWorker(10 * (workers.length + 1), options.perEpoch);
      workers.push(w);
      return w;
    },
    flushEveryMs: 0,
    runsBackend: 'cpu',
  });
  // The side-by-side runs take over from single-run training by stopping it.
  const takeovers = vi.spyOn(driver.solo, 'dispose');
  groups.push(driver.connect());
  const traces = () => store.getState().comparison.traces;
  const stepsOf = () => [...traces().values()].map((t) => t.counters.step);
  return { store, group: driver.lockstep, workers, traces, stepsOf, takeovers: () => takeovers.mock.calls.length };
}

const settled = (store: ReturnType<typeof setup>['store']) =>
  vi.waitFor(() => expect(store.getState().training.status).toBe('paused'), { timeout: 5000 });

describe('side-by-side runs in lock-step', () => {
  it('takes the training verbs while the project has several runs, and steps every run by the same count', async () => {
    const { store, workers, stepsOf, takeovers } = setup({ runs: 3 });
    store.getState().stepBatch();
    await settled(store);
    expect(workers).toHaveLength(3);
    expect(takeovers()).toBe(1);
    expect(stepsOf()).toEqual([1, 1, 1]);
    store.getState().stepEpoch();
    await vi.waitFor(() => expect(stepsOf()).toEqual([10, 10, 10]));
    expect(store.getState().comparison.step).toBe(10);
    expect(store.getState().training.counters.step).toBe(10);
    // Every step request went to every worker with the same count.
    const requests = workers.map((w) =>
      w.sent.filter((m) => m.type === 'step').map((m) => (m.type === 'step' ? m.batches : 0)),
    );
    expect(requests[1]).toEqual(requests[0]);
    expect(requests[2]).toEqual(requests[0]);
  });

  it('trains in lock-step while playing: at every store update all runs are at one step', async () => {
    const { store, stepsOf } = setup();
    const seen: number[][] = [];
    const unsubscribe = store.subscribe((s) => {
      const steps = [...s.comparison.traces.values()].map((t) => t.counters.step);
      if (steps.length === 2 && s.comparison.status === 'running') seen.push(steps);
    });
    store.getState().startTraining();
    await vi.waitFor(() => expect(store.getState().comparison.step).toBeGreaterThan(30), { timeout: 5000 });
    store.getState().pauseTraining();
    await settled(store);
    unsubscribe();
    expect(seen.length).toBeGreaterThan(2);
    for (const steps of seen) expect(steps[0]).toBe(steps[1]);
    const [a, b] = stepsOf();
    expect(a).toBe(b);
    // Paused means paused: nothing moves afterwards.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stepsOf()).toEqual([a, b]);
  });

  it("starts every run from run A's initial weights where they fit, and reports the checksums read back", async () => {
    const { store, workers, traces } = setup();
    store.getState().stepBatch();
    await settled(store);
    const [a, b] = workers;
    const setWeights = b.sent.find((m) => m.type === 'setWeights');
    expect(setWeights?.type === 'setWeights' && Array.from(setWeights.weights[0].values)).toEqual([10, 11, 12, 13]);
    expect(a.sent.some((m) => m.type === 'setWeights')).toBe(false);
    const [ta, tb] = [...traces().values()];
    expect(tb.initial).toEqual([
      expect.objectContaining({ nodeId: 'dense-1', name: 'kernel', shared: true, reason: null }),
    ]);
    expect(tb.initial[0].checksum).toBe(ta.initial[0].checksum);
  });

  it('resets all runs: workers stopped, series cleared, and the next step starts every run from step 0', async () => {
    const { store, workers, traces, stepsOf } = setup();
    store.getState().stepEpoch();
    await settled(store);
    expect(stepsOf()).toEqual([10, 10]);
    store.getState().resetTraining();
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(traces().size).toBe(0);
    expect(store.getState().training.counters.step).toBe(0);
    store.getState().stepBatch();
    await vi.waitFor(() => expect(stepsOf()).toEqual([1, 1]));
    expect(workers).toHaveLength(4);
  });

  it('stops only the run that diverges, says so, and trains the others on', async () => {
    const { store, workers, traces } = setup({ runs: 3 });
    store.getState().stepBatch();
    await settled(store);
    workers[1].divergeAt = 5;
    store.getState().stepEpoch();
    await vi.waitFor(() => expect([...traces().values()].map((t) => t.counters.step)).toEqual([10, 4, 10]));
    await settled(store);
    const [a, b, c] = [...traces().values()];
    expect(b.status).toBe('diverged');
    expect(b.note).toMatch(/Run B diverged at step 5 and stopped; The loss became NaN in Linear 1/);
    expect(store.getState().training.notice).toMatch(/Run B diverged.*Runs A, C go on\./);
    expect([a.counters.step, b.counters.step, c.counters.step]).toEqual([10, 4, 10]);
    store.getState().stepEpoch();
    await vi.waitFor(() => expect([...traces().values()].map((t) => t.counters.step)).toEqual([20, 4, 20]));
    expect(workers[1].sent.filter((m) => m.type === 'step')).toHaveLength(2);
  });

  it('stops a run whose worker fails, naming it, while the others go on', async () => {
    const { store, workers, traces } = setup();
    store.getState().stepBatch();
    await settled(store);
    workers[0].failOnStep = 'the GPU ran out of memory';
    store.getState().stepBatch();
    await vi.waitFor(() => expect([...traces().values()][1].counters.step).toBe(2));
    await settled(store);
    const [a, b] = [...traces().values()];
    expect(a.status).toBe('error');
    expect(a.note).toBe('Run A stopped: the GPU ran out of memory');
    expect(b.counters.step).toBe(2);
    expect(store.getState().training.notice).toMatch(/Run B goes on\./);
  });

  it('stops at the set epochs and says so', async () => {
    const { store, stepsOf } = setup({ epochs: 2 });
    store.getState().startTraining();
    await settled(store);
    expect(stepsOf()).toEqual([20, 20]);
    expect(store.getState().training.notice).toMatch(/reached the set epochs of A, B/);
  });

  it('starts all runs again after a run is edited, and forgets everything when the project goes back to one run', async () => {
    const { store, workers, stepsOf } = setup();
    store.getState().stepEpoch();
    await settled(store);
    store.getState().setTraining({ batchSize: 7 });
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(store.getState().training.notice).toMatch(/edited after 10 steps.*start again from step 0/);
    // Switching runs or renaming one changes nothing the runs train on.
    store.getState().stepBatch();
    await vi.waitFor(() => expect(stepsOf()).toEqual([1, 1]));
    store.getState().activateRun('run-1');
    store.getState().renameRun('run-2', 'Wide');
    expect(workers.slice(2).some((w) => w.terminated)).toBe(false);
    store.getState().removeRun('run-2');
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(store.getState().comparison.traces.size).toBe(0);
    expect(store.getState().training.counters.step).toBe(0);
  });
});

describe('side-by-side runs: boundaries and weights per run', () => {
  it("reads every run's decision grid and weights after a step, so the views show each run side by side", async () => {
    const { store, workers, traces } = setup();
    store.getState().stepEpoch();
    await settled(store);
    const [a, b] = [...traces().values()];
    for (const trace of [a, b]) {
      expect(trace.grid).toMatchObject({ step: 10, resolution: 48, channels: 1 });
      expect(trace.grid?.values[0]).toBeCloseTo(0.01, 6);
      expect(trace.gridNote).toBeNull();
      expect(trace.weights?.step).toBe(10);
    }
    expect(Array.from(workers[0].weights[0].values)).toEqual(Array.from(a.weights?.weights[0].values ?? []));
  });

  it('says why a run has no boundary instead of showing none', async () => {
    const { store, workers, traces } = setup();
    store.getState().stepBatch();
    await settled(store);
    workers[1].planeless = 'this dataset has no 2-D plane to draw a boundary over';
    store.getState().stepBatch();
    await vi.waitFor(() =>
      expect([...traces().values()][1].gridNote).toBe(
        'No boundary for run B: this dataset has no 2-D plane to draw a boundary over',
      ),
    );
    expect([...traces().values()][0].gridNote).toBeNull();
  });
  it('draws wide data over the plane picked in the Boundary tab: sent at start, and again with a redraw when changed', async () => {
    const { store, workers } = setup();
    store.getState().setProjection({ kind: 'features', x: 0, y: 1 });
    store.getState().stepBatch();
    await settled(store);
    const planes = (w: ScriptedRunWorker) => w.sent.filter((m) => m.type === 'setProjection');
    for (const w of workers) {
      expect(planes(w)).toEqual([{ type: 'setProjection', projection: { kind: 'features', x: 0, y: 1 } }]);
      // Before the first grid the run was asked for.
      const types = w.sent.map((m) => m.type);
      expect(types.indexOf('setProjection')).toBeLessThan(types.indexOf('requestGrid'));
    }
    const gridsBefore = workers.map((w) => w.sent.filter((m) => m.type === 'requestGrid').length);
    store.getState().setProjection({ kind: 'pca' });
    await vi.waitFor(() =>
      workers.forEach((w, i) =>
        expect(w.sent.filter((m) => m.type === 'requestGrid')).toHaveLength(gridsBefore[i] + 1),
      ),
    );
    for (const w of workers) expect(planes(w).at(-1)).toEqual({ type: 'setProjection', projection: { kind: 'pca' } });
  });
});
