// The one training driver: which part trains the project (one network alone, several runs in lock-step),
// and that both reach the store through its one batcher and its one subscription.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProject } from '../../src/project/index';
import { createAppStore } from '../store/app-store';
import { TrainingDriver } from './driver';
import { ScriptedRunWorker } from './lockstep-support';

const detachers: (() => void)[] = [];
afterEach(() => detachers.splice(0).forEach((detach) => detach()));

function setup() {
  const store = createAppStore(createProject());
  const workers: ScriptedRunWorker[] = [];
  const driver = new TrainingDriver(store, {
    spawn: () => {
      workers.push(new ScriptedRunWorker(10 * (workers.length + 1)));
      return workers.at(-1)!;
    },
    flushEveryMs: 0,
    runsBackend: 'cpu',
  });
  detachers.push(driver.connect());
  const types = (w: ScriptedRunWorker) => w.sent.map((m) => m.type);
  return { store, driver, workers, types };
}

describe('training driver', () => {
  it('trains a project with one network in one freely playing worker', async () => {
    const { store, workers, types } = setup();
    store.getState().startTraining();
    expect(workers).toHaveLength(1);
    await vi.waitFor(() => expect(types(workers[0])).toContain('play'));
    expect(types(workers[0])).not.toContain('step');
    expect(store.getState().comparison.traces.size).toBe(0);
  });

  it('hands the verbs to the lock-step runs once there are several, stopping the single run’s worker', async () => {
    const { store, driver, workers, types } = setup();
    store.getState().stepBatch();
    await vi.waitFor(() => expect(types(workers[0])).toContain('step'));
    store.getState().duplicateRun();
    store.getState().stepBatch();
    await vi.waitFor(() => expect(store.getState().training.status).toBe('paused'));
    await vi.waitFor(() =>
      expect([...store.getState().comparison.traces.values()].map((t) => t.counters.step)).toEqual([1, 1]),
    );
    expect(workers[0].terminated).toBe(true);
    expect(workers.slice(1)).toHaveLength(2);
    expect(driver.lockstep.members.map((m) => m.name)).toEqual(['A', 'B']);
  });

  it('goes back to one network when the runs are removed: their workers stop and their traces go', async () => {
    const { store, workers } = setup();
    store.getState().duplicateRun();
    store.getState().stepBatch();
    await vi.waitFor(() => expect(store.getState().comparison.traces.size).toBe(2));
    await vi.waitFor(() => expect(store.getState().training.status).toBe('paused'));
    const [a, b] = workers;
    const second = store.getState().document.runs!.list.at(-1)!.id;
    store.getState().removeRun(second);
    expect(store.getState().document.runs).toBeFalsy();
    expect([a.terminated, b.terminated]).toEqual([true, true]);
    expect(store.getState().comparison.traces.size).toBe(0);
    store.getState().startTraining();
    expect(workers).toHaveLength(3);
  });
});
