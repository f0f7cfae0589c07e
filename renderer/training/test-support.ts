/** Test support only: a scripted training worker and hand-driven timers, so the driver runs in Node without tfjs. */
import type { TrainingCounters } from '../../src/training/trainer-types';
import { createProject } from '../../src/project/index';
import { createAppStore } from '../store/app-store';
import { TrainingDriver } from './driver';
import type { TrainingDriverOptions, WorkerPort } from './session';
import type { FromWorker, ToWorker } from '../../src/training/worker/protocol';
import type { Scheduler } from './update-batcher';

/** A worker that records what it is sent; the test speaks for it with `report`. */
export class FakeWorker implements WorkerPort {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;

  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Delivers a report from the worker. */
  report(data: FromWorker): void {
    this.onmessage?.({ data });
  }

  /** The types of the messages sent so far. */
  types(): string[] {
    return this.sent.map((m) => m.type);
  }

  /** The last message of a type (undefined when none was sent). */
  last<T extends ToWorker['type']>(type: T): Extract<ToWorker, { type: T }> | undefined {
    return this.sent.filter((m): m is Extract<ToWorker, { type: T }> => m.type === type).at(-1);
  }
}

/** Timers that move only when the test advances them. */
export class ManualScheduler implements Scheduler {
  private time = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    this.ids += 1;
    this.timers.push({ at: this.time + ms, callback, id: this.ids });
    return this.ids;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }
}

/** Counters at a step of a run with `perEpoch` batches per epoch. */
export function countersAt(step: number, perEpoch = 10): TrainingCounters {
  return { step, epoch: Math.floor(step / perEpoch), batchInEpoch: step % perEpoch, batchesPerEpoch: perEpoch };
}

/** A progress report at `step`, with metrics evaluated there when `accuracy` is given. */
export function progressAt(
  step: number,
  options: { running?: boolean; accuracy?: number; perEpoch?: number } = {},
): FromWorker {
  const counters = countersAt(step, options.perEpoch);
  const metrics =
    options.accuracy === undefined
      ? null
      : {
          trainLoss: 1 - options.accuracy,
          trainAccuracy: options.accuracy,
          validationLoss: 1 - options.accuracy,
          validationAccuracy: options.accuracy,
          misclassified: 0,
          penalty: 0,
        };
  return {
    type: 'progress',
    step,
    epoch: counters.epoch,
    counters,
    metrics,
    metricsStep: metrics ? step : 0,
    batchLoss: null,
    stepsPerSecond: 50,
    running: options.running ?? false,
  };
}

/** The 'ready' report of a worker on `backend`. */
export function readyOn(
  backend: 'webgpu' | 'webgl' | 'wasm' | 'cpu',
  skipped: { backend: 'webgpu' | 'webgl' | 'wasm' | 'cpu'; reason: string }[] = [],
  engine: { engine: 'tfjs' | 'fast'; engineReason: string } = {
    engine: 'tfjs',
    engineReason: 'the tfjs engine was asked for',
  },
): FromWorker {
  return {
    type: 'ready',
    backend,
    skipped,
    counters: countersAt(0),
    layersByNode: new Map(),
    linearNodeIds: [],
    ...engine,
  };
}

/**
 * A store over a new project and a connected driver whose workers are FakeWorkers (in `workers`, in the order
 * started) and whose timers move with `scheduler`; `flush` lets the batcher's 100 ms pass.
 */
export function fakeDriver(options: Partial<TrainingDriverOptions> = {}) {
  const store = createAppStore(createProject());
  const scheduler = new ManualScheduler();
  const workers: FakeWorker[] = [];
  const driver = new TrainingDriver(store, {
    scheduler,
    spawn: () => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    },
    ...options,
  });
  driver.connect();
  return { store, scheduler, workers, driver, flush: () => scheduler.advance(100) };
}
