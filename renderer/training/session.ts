/**
 * The training driver's shared types: the worker port it drives, its options, one worker's session and
 * the weights it holds for a resume, and what the single-run and side-by-side parts share (DriverParts).
 * Type-only, so those parts import this module and not the driver.
 */
import type { WeightValues } from '../../src/project/index';
import type { BackendName, TrainingDocument } from '../../src/training/light';
import type { AppStore } from '../store/app-store';
import type { BackendPreference } from '../store/types';
import type { CounterBase } from './reports';
import type { Scheduler, UpdateBatcher } from './update-batcher';
import type { WorkerLink, WorkerPort } from './worker-link';

export type { WorkerPort } from './worker-link';

/** Settings of the driver; everything but `spawn` has a default. */
export interface TrainingDriverOptions {
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
  /** Side-by-side runs: milliseconds a lock-step round aims for; the steps per round follow the step time (default 40). */
  roundMs?: number;
  /** Side-by-side runs: most steps in one round (default 200), so pausing answers quickly. */
  maxStepsPerRound?: number;
  /** Side-by-side runs: least milliseconds between two reads of every run's grid and weights while playing (default 600). */
  visualsEveryMs?: number;
  /** Side-by-side runs: the backend every run's worker starts on (default: the user's preference). */
  runsBackend?: BackendPreference;
}

/** Weights the single run holds, with the counters they were read at: what a fallback or a reopened project resumes from. */
export interface WeightSnapshot {
  weights: WeightValues[];
  /** The counters the weights were read at; batchInEpoch is unknown (taken as 0) for a saved project's state. */
  at: CounterBase & { batchInEpoch?: number };
}

/** One worker's life: what it was given and where it stands. */
export interface Session {
  /** The worker, its queue of messages waiting for it to be ready, and whether it is. */
  link: WorkerLink;
  /** Where the worker said it runs, once ready. */
  backend: BackendName | null;
  /** The backend it was started on ('auto': the best this browser offers). */
  launchedOn: BackendPreference;
  /** The document the worker trains (the network it holds and the settings it applies). */
  sent: TrainingDocument;
  base: CounterBase;
  /** Weights to load once the worker is ready, and the sentence to say when they are (given the backend it runs on). */
  resume: { snapshot: WeightSnapshot | null; notice: ((backend: BackendName) => string) | null } | null;
  /** A lost GPU context was reported: the next unasked-for 'ready' is the core's fallback. */
  lost: { backend: BackendName; wasRunning: boolean } | null;
  /** The user kept training the network as it was before an edit; Reset applies the edit. */
  outdated: boolean;
}

/** What the driver shares with its single-run and side-by-side parts. */
export interface DriverParts {
  readonly store: AppStore;
  readonly options: TrainingDriverOptions;
  readonly scheduler: Scheduler;
  /** The one batcher: every store update of training goes through it. */
  readonly batcher: UpdateBatcher;
}
