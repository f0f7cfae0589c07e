/**
 * The training client's shared types: the worker port it drives, one worker's session, the weights it
 * holds for a resume, its options, and what the report router may ask of it (RouterOwner). Type-only,
 * so the client and the router import this module and not each other.
 */
import type { BackendName, FromWorker, ToWorker, TrainingDocument, WeightValues } from '../../src/training/index';
import type { AppStore } from '../store/app-store';
import type { CounterBase } from './reports';
import type { Scheduler, UpdateBatcher } from './update-batcher';

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Settings of the client; everything but `spawn` has a default. */
export interface TrainingClientOptions {
  spawn(): WorkerPort;
  scheduler?: Scheduler;
  /** Least milliseconds between store updates (default 100). */
  flushEveryMs?: number;
  /** Least milliseconds between decision-grid requests while running (default 300). */
  gridEveryMs?: number;
  /** Least milliseconds between weight (and neuron-grid) requests while running (default 1000). */
  weightsEveryMs?: number;
  /** Silence after which a running worker counts as hung (default 30 s). */
  heartbeatMs?: number;
  gridResolution?: number;
  neuronResolution?: number;
  /**
   * Whether the worker sends the run's moments by training progress (default true); without them the grid is asked
   * for every gridEveryMs while running.
   */
  moments?: boolean;
}

/** Weights the client holds, with the counters they were read at: what a fallback or a reopened project resumes from. */
export interface WeightSnapshot {
  weights: WeightValues[];
  /** The counters the weights were read at; batchInEpoch is unknown (taken as 0) for a saved project's state. */
  at: CounterBase & { batchInEpoch?: number };
}

/** One worker's life: what it was given and where it stands. */
export interface Session {
  worker: WorkerPort;
  backend: BackendName | null;
  ready: boolean;
  /** The document the worker trains (the network it holds and the settings it applies). */
  sent: TrainingDocument;
  base: CounterBase;
  /** Weights to load once the worker is ready, and the sentence to say when they are (given the backend it runs on). */
  resume: { snapshot: WeightSnapshot | null; notice: ((backend: BackendName) => string) | null } | null;
  /** Messages waiting for the worker to be ready. */
  waiting: ToWorker[];
  /** A lost GPU context was reported: the next unasked-for 'ready' is the core's fallback. */
  lost: { backend: BackendName; wasRunning: boolean } | null;
  /** The user kept training the network as it was before an edit; Reset applies the edit. */
  outdated: boolean;
}

/** What the report router reads from and asks of the client that owns the worker. */
export interface RouterOwner {
  readonly session: Session | null;
  snapshot: WeightSnapshot | null;
  readonly store: AppStore;
  readonly options: TrainingClientOptions;
  readonly scheduler: Scheduler;
  readonly batcher: UpdateBatcher;
  /** Notes that the worker spoke (the heartbeat). */
  heard(): void;
  /** The worker died or hung: resume on the next backend. */
  crashed(why: string): void;
  /** The worker holds no usable network: show why. */
  failed(message: string): void;
}
