// The run group over the real training engine (WorkerCore in-process, CPU backend): same initial weights, lock-step counters.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { updateParams } from '../../src/graph/operations';
import { createProject } from '../../src/project/index';
import type { WeightValues } from '../../src/project/weights';
import type { CoreRequest, FromWorker, ToWorker } from '../../src/training/worker/protocol';
import { WorkerCore } from '../../src/training/worker/worker-core';
import { createAppStore } from '../store/app-store';
import type { WorkerPort } from './session';
import { TrainingDriver } from './driver';

/** A worker port around a WorkerCore in this thread; reports are delivered later and copied, as from a real worker. */
class InProcessWorker implements WorkerPort {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly core = new WorkerCore({
    post: (m) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) }), 0),
    sliceMs: 5,
    metricsEveryMs: 0,
  });
  postMessage(message: ToWorker): void {
    void this.core.handle(structuredClone(message) as CoreRequest);
  }
  terminate(): void {
    void this.core.handle({ type: 'dispose' });
  }
}

const detachers: (() => void)[] = [];
afterEach(() => detachers.splice(0).forEach((d) => d()));

function twoRuns(changeB: Parameters<typeof updateParams>[2], nodeId: string) {
  const file = createProject();
  const store = createAppStore({ ...file, training: { ...file.training, seed: 7, batchSize: 16 } });
  store.getState().duplicateRun();
  store.getState().updateNodeParams(nodeId, changeB);
  const workers: InProcessWorker[] = [];
  const driver = new TrainingDriver(store, {
    spawn: () => (workers.push(new InProcessWorker()), workers.at(-1)!),
    flushEveryMs: 0,
    runsBackend: 'cpu',
  });
  detachers.push(driver.connect());
  return { store, group: driver.lockstep, workers };
}

async function weightsOf(group: TrainingDriver['lockstep']): Promise<WeightValues[][]> {
  return Promise.all(group.members.map((m) => m.weights()));
}

describe('side-by-side runs on the training engine', () => {
  it("gives B exactly A's initial weights when only an activation differs, and trains both to the same step", async () => {
    const { store, group } = twoRuns({ activation: 'sigmoid' }, 'activation-1');
    store.getState().stepBatch();
    await vi.waitFor(() => expect(store.getState().comparison.step).toBe(1), { timeout: 20_000 });
    await vi.waitFor(() => expect(store.getState().training.status).toBe('paused'));
    const [a, b] = [...store.getState().comparison.traces.values()];
    expect(a.initial.length).toBe(4);
    expect(b.initial.every((w) => w.shared)).toBe(true);
    expect(b.initial.map((w) => w.checksum)).toEqual(a.initial.map((w) => w.checksum));
    expect(a.counters.step).toBe(b.counters.step);
    // After one step on different activations the weights have moved apart: the runs really are two networks.
    const [wa, wb] = await weightsOf(group);
    const first = (ws: WeightValues[]) =>
      Array.from(ws.find((w) => w.nodeId === 'dense-1' && w.name === 'kernel')!.values);
    expect(first(wa)).not.toEqual(first(wb));
  }, 30_000);

  it('shares only the weights whose shapes match when B is wider, and says why the others could not', async () => {
    const { store, group } = twoRuns({ units: 16 }, 'dense-1');
    store.getState().stepBatch();
    await vi.waitFor(() => expect([...store.getState().comparison.traces.values()][1]?.initial.length).toBe(4), {
      timeout: 20_000,
    });
    await vi.waitFor(() => expect(store.getState().training.status).toBe('paused'));
    const [a, b] = [...store.getState().comparison.traces.values()];
    const byKey = (list: typeof a.initial) => Object.fromEntries(list.map((w) => [`${w.nodeId}/${w.name}`, w]));
    const [ia, ib] = [byKey(a.initial), byKey(b.initial)];
    expect(ib['dense-1/kernel']).toMatchObject({ shared: false, reason: "its kernel is 2×16, run A's is 2×8" });
    expect(ib['dense-1/bias'].shared).toBe(false);
    expect(ib['dense-2/kernel']).toMatchObject({ shared: false, reason: "its kernel is 16×1, run A's is 8×1" });
    expect(ib['dense-2/bias']).toMatchObject({ shared: true, checksum: ia['dense-2/bias'].checksum });
    expect(group.members.map((m) => m.counters.step)).toEqual([1, 1]);
  }, 30_000);
});
