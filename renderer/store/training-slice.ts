/**
 * The training slice: run status, counters, metric and statistics series, decision-grid snapshots
 * and the latest weights. The user's verbs are forwarded to the training driver (a service outside
 * the store that owns the workers); the driver writes back what the workers reported through
 * applyTrainingUpdate, at most about ten times a second.
 */
import { boundMomentWeights } from '../../src/training/light';
import { appendGrids, appendThinned, MAX_SERIES_POINTS, upToStep } from '../training/series';
import type { StoreGet, StoreSet, TrainingActions, TrainingRuntime, TrainingState } from './types';

/** The state before any run: idle, zero counters, empty series, backend chosen automatically. */
export function initialTrainingState(): TrainingState {
  return {
    status: 'idle',
    backend: null,
    backendPreference: 'auto',
    engine: null,
    engineNote: null,
    counters: { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 },
    stepsPerSecond: 0,
    metrics: [],
    stats: [],
    latestStats: null,
    grids: [],
    momentStride: 1,
    pinnedStep: null,
    weights: null,
    weightsAt: null,
    neuronGrids: null,
    momentNeuronGrids: null,
    divergence: null,
    earlyStop: null,
    notice: null,
    keepTrainedState: true,
    error: null,
  };
}

/** A tenth of a learning rate, rounded to 3 significant digits so that the field shows 0.005 rather than 0.005000000000000001. */
export function lowered(learningRate: number): number {
  return Number((learningRate / 10).toPrecision(3));
}

const UNAVAILABLE =
  'Training is not available in this window: the training worker was not started. Reload the page to try again.';

/** Creates the training actions. */
export function createTrainingActions(set: StoreSet, get: StoreGet): TrainingActions {
  let runtime: TrainingRuntime | null = null;
  const patch = (p: Partial<TrainingState>) => set((s) => ({ training: { ...s.training, ...p } }));
  // The driver decides how the project trains (one network alone, several runs in lock-step).
  const withRuntime = (forward: (r: TrainingRuntime) => void) => {
    if (runtime) forward(runtime);
    else patch({ notice: UNAVAILABLE });
  };

  return {
    startTraining: () => withRuntime((r) => r.start()),
    pauseTraining: () => withRuntime((r) => r.pause()),
    stepBatch: () => withRuntime((r) => r.stepBatch()),
    stepEpoch: () => withRuntime((r) => r.stepEpoch()),
    resetTraining: () => withRuntime((r) => r.reset()),
    setBackendPreference(backend) {
      if (backend === get().training.backendPreference) return;
      patch({ backendPreference: backend });
      runtime?.setBackendPreference(backend);
    },
    rollBack() {
      const { divergence, metrics, stats, grids } = get().training;
      if (!divergence) return;
      const step = divergence.restoredStep;
      patch({
        divergence: null,
        status: 'paused',
        metrics: upToStep(metrics, step),
        stats: upToStep(stats, step),
        grids: upToStep(grids, step),
      });
      runtime?.rollBack();
    },
    dismissDivergence() {
      if (!get().training.divergence) return;
      patch({ divergence: null, status: get().training.status === 'diverged' ? 'paused' : get().training.status });
    },
    resetAndTrain() {
      withRuntime((r) => {
        r.reset();
        r.start();
      });
    },
    lowerLearningRate() {
      const { learningRate } = get().document.training.optimizer;
      get().setOptimizer({ learningRate: lowered(learningRate) });
    },
    setKeepTrainedState(keep) {
      patch({ keepTrainedState: keep });
    },
    async freshWeights() {
      const { weightsAt, counters, status } = get().training;
      if (status === 'idle' || (weightsAt && weightsAt.step === counters.step)) return;
      await runtime?.readWeights?.();
    },
    loadTrainedState(state) {
      const kept = get().training;
      set({
        training: {
          ...initialTrainingState(),
          backend: kept.backend,
          backendPreference: kept.backendPreference,
          engine: kept.engine,
          engineNote: kept.engineNote,
          keepTrainedState: kept.keepTrainedState,
          counters: { step: state?.step ?? 0, epoch: state?.epoch ?? 0, batchInEpoch: 0, batchesPerEpoch: 0 },
          metrics: appendThinned([], state?.history ?? [], MAX_SERIES_POINTS),
        },
      });
      runtime?.resumeFrom(state);
    },
    dismissTrainingNotice() {
      if (get().training.notice !== null) patch({ notice: null });
    },
    pinMoment(step) {
      if (get().training.pinnedStep !== step) patch({ pinnedStep: step });
    },
    attachTrainingRuntime(next) {
      runtime = next;
      return () => {
        if (runtime === next) runtime = null;
      };
    },
    applyTrainingUpdate(update) {
      set((s) => {
        const t = s.training;
        const timeline = update.grids
          ? appendGrids(t.grids, update.grids, t.momentStride)
          : { moments: t.grids, stride: t.momentStride };
        if (update.grids) timeline.moments = boundMomentWeights(timeline.moments);
        return {
          training: {
            ...t,
            ...update.patch,
            metrics: update.metrics ? appendThinned(t.metrics, update.metrics, MAX_SERIES_POINTS) : t.metrics,
            stats: update.stats ? appendThinned(t.stats, update.stats, MAX_SERIES_POINTS) : t.stats,
            grids: timeline.moments,
            momentStride: timeline.stride,
          },
        };
      });
    },
    resetTrainingState() {
      const t = get().training;
      set({
        training: {
          ...initialTrainingState(),
          backend: t.backend,
          backendPreference: t.backendPreference,
          engine: t.engine,
          engineNote: t.engineNote,
          keepTrainedState: t.keepTrainedState,
          notice: t.notice,
        },
      });
    },
  };
}
