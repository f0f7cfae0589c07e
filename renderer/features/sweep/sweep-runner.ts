/**
 * The depth sweep's runner on the page: starts a worker per sweep, collects its points as they come
 * (for the chart to fill in live), reports progress, cancels by terminating the worker, and hands
 * the points (all of them, or those finished before a cancel) to `onFinish` for the project file.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type RunSweep, type FromSweepWorker, sweepSize, type DepthSweepPoint } from '../../../src/training/light';

/** The part of a Worker the runner uses (a fake in tests). */
export interface SweepWorkerPort {
  postMessage(message: RunSweep): void;
  terminate(): void;
  onmessage: ((event: { data: FromSweepWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Where a sweep stands: running with `done` of `total` networks measured, or idle after finishing, a cancel or an error. */
export interface SweepRunState {
  status: 'idle' | 'running';
  done: number;
  total: number;
  /** The points of the sweep running now (null when none runs: the view then shows the project's saved results). */
  live: DepthSweepPoint[] | null;
  /** How the last sweep ended, in a sentence; null while none has ended in this session. */
  outcome: string | null;
  error: string | null;
}

const IDLE: SweepRunState = { status: 'idle', done: 0, total: 0, live: null, outcome: null, error: null };

/** Runs one sweep at a time in a worker. */
export class DepthSweepRunner {
  readonly state: StoreApi<SweepRunState> = createStore<SweepRunState>()(() => IDLE);
  private worker: SweepWorkerPort | null = null;
  private finish: ((points: DepthSweepPoint[]) => void) | null = null;

  constructor(private readonly spawn: () => SweepWorkerPort) {}

  /** Starts `request` (cancelling a sweep still running); `onFinish` receives the points when it ends or is cancelled. */
  start(request: RunSweep, onFinish: (points: DepthSweepPoint[]) => void): void {
    if (this.worker) this.cancel();
    const worker = this.spawn();
    this.worker = worker;
    this.finish = onFinish;
    this.state.setState({
      status: 'running',
      done: 0,
      total: sweepSize(request.settings),
      live: [],
      outcome: null,
      error: null,
    });
    worker.onmessage = (event) => {
      if (this.worker === worker) this.receive(event.data);
    };
    worker.onerror = (event) => {
      if (this.worker === worker)
        this.end(
          `The sweep stopped: ${event.message || 'its worker failed'}.`,
          'The sweep worker failed; run it again.',
        );
    };
    worker.postMessage(request);
  }

  /** Stops the sweep now; the networks measured so far are kept as its results. */
  cancel(): void {
    if (!this.worker) return;
    const { done, total } = this.state.getState();
    this.end(`Cancelled after ${done} of ${total} networks.`, null);
  }

  private receive(message: FromSweepWorker): void {
    switch (message.type) {
      case 'point': {
        const { live } = this.state.getState();
        this.state.setState({ done: message.done, total: message.total, live: [...(live ?? []), message.point] });
        return;
      }
      case 'done':
        this.end(`Trained and measured all ${message.total} networks.`, null);
        return;
      case 'error':
        this.end(null, `${message.message}.`);
        return;
    }
  }

  private end(outcome: string | null, error: string | null): void {
    const points = this.state.getState().live ?? [];
    this.worker?.terminate();
    this.worker = null;
    const finish = this.finish;
    this.finish = null;
    this.state.setState({ status: 'idle', live: null, outcome, error });
    if (finish && points.length > 0) finish(points);
  }
}

/** A new depth-sweep worker: the same worker entry as training (training.worker.ts), so tfjs is loaded once. */
function spawnSweepWorker(): SweepWorkerPort {
  return new Worker(new URL('../../training/training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'depth-sweep',
  }) as unknown as SweepWorkerPort;
}

let shared: DepthSweepRunner | null = null;

/** The page's one runner (created on first use, so loading the page starts no worker). */
export function depthSweepRunner(): DepthSweepRunner {
  shared ??= new DepthSweepRunner(spawnSweepWorker);
  return shared;
}
