/**
 * The training driver: the page's one service that trains. The store's training verbs reach it and
 * nothing else; it owns every training worker, the one store subscription that follows edits, loads,
 * the pinned moment and the data plane, and the one batcher through which all reports reach the store
 * (at most about ten updates a second). It trains the project's runs: a project with one network is
 * a group of one, whose worker plays freely (solo-run.ts); several runs step together in lock-step,
 * one worker each (lockstep-runs.ts). The main thread never trains: this is messaging and bookkeeping.
 */
import type { TrainedState } from '../../src/project/index';
import type { AppStore } from '../store/app-store';
import type { BackendPreference, TrainingRuntime } from '../store/types';
import { LockstepRuns } from './lockstep-runs';
import type { DriverParts, TrainingDriverOptions } from './session';
import { SoloRun } from './solo-run';
import { realScheduler, UpdateBatcher, type Batch, type Scheduler } from './update-batcher';

export type { Session, TrainingDriverOptions, WeightSnapshot, WorkerPort } from './session';

/** The driver: TrainingRuntime for the store's actions, plus its lifecycle. */
export class TrainingDriver implements TrainingRuntime, DriverParts {
  readonly scheduler: Scheduler;
  readonly batcher: UpdateBatcher;
  /** The run of a project with one network. */
  readonly solo: SoloRun;
  /** The runs of a project with several, in lock-step. */
  readonly lockstep: LockstepRuns;

  constructor(
    readonly store: AppStore,
    readonly options: TrainingDriverOptions,
  ) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.batcher = new UpdateBatcher((batch) => this.apply(batch), options.flushEveryMs ?? 100, this.scheduler);
    this.solo = new SoloRun(this);
    // The runs take over from single-run training when they start: its worker stops.
    this.lockstep = new LockstepRuns(this, () => this.solo.dispose());
  }

  private apply({ comparison, training }: Batch): void {
    const state = this.store.getState();
    if (comparison) state.applyComparisonUpdate(comparison);
    if (!training) return;
    state.applyTrainingUpdate(training);
    this.solo.afterFlush();
  }

  /** Attaches to the store (its verbs now reach the driver) and follows edits and loads; returns the detach. */
  connect(): () => void {
    const detach = this.store.getState().attachTrainingRuntime(this);
    const unsubscribe = this.store.subscribe((state, previous) => {
      const loaded = state.view.loadId !== previous.view.loadId;
      if (loaded) this.solo.dispose();
      else if (state.document !== previous.document) this.solo.documentChanged();
      if (state.training.pinnedStep !== previous.training.pinnedStep) this.solo.pinnedChanged();
      if (state.view.projection !== previous.view.projection) {
        this.solo.projectionChanged();
        this.lockstep.projectionChanged();
      }
      // Back to one run (or a new project): the side-by-side runs stop and their traces go.
      if (loaded || (!state.document.runs && previous.document.runs)) this.lockstep.dispose();
      else if (state.document !== previous.document) this.lockstep.documentChanged();
    });
    return () => {
      detach();
      unsubscribe();
      this.solo.dispose();
      this.lockstep.dispose();
    };
  }

  /** The part that trains the project as it is now: several runs step in lock-step, one network plays alone. */
  private get runs(): SoloRun | LockstepRuns {
    return this.store.getState().document.runs ? this.lockstep : this.solo;
  }

  start(): void {
    this.runs.start();
  }

  pause(): void {
    this.runs.pause();
  }

  stepBatch(): void {
    this.runs.stepBatch();
  }

  stepEpoch(): void {
    this.runs.stepEpoch();
  }

  reset(): void {
    this.runs.reset();
  }

  setBackendPreference(backend: BackendPreference): void {
    this.solo.setBackendPreference(backend);
  }

  rollBack(): void {
    this.solo.rollBack();
  }

  resumeFrom(state: TrainedState | null): void {
    this.solo.resumeFrom(state);
  }

  readWeights(): Promise<void> {
    return this.solo.readWeights();
  }
}
