/**
 * The training slice: run status, counters and metric series. Its shape is fixed here; the
 * training feature fills it from the worker's messages.
 */
import type { StoreSet, TrainingActions, TrainingState } from './types';

/** The state before any run: idle, no counters, no metrics. */
export function initialTrainingState(): TrainingState {
  return { status: 'idle', epoch: 0, step: 0, stepsPerSecond: null, backend: null, metrics: [], error: null };
}

/** Creates the training actions. */
export function createTrainingActions(set: StoreSet): TrainingActions {
  return {
    setTrainingState(patch) {
      set((s) => ({ training: { ...s.training, ...patch } }));
    },
    appendMetrics(points) {
      if (points.length === 0) return;
      set((s) => ({ training: { ...s.training, metrics: [...s.training.metrics, ...points] } }));
    },
    resetTrainingState() {
      set((s) => ({ training: { ...initialTrainingState(), backend: s.training.backend } }));
    },
  };
}
