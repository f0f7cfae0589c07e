/**
 * The trained state a project keeps when the user asks (weights, history, counters): built from the
 * training slice for saving, and turned back into raw weights for the worker when a project reopens.
 */
import { decodeFloat32, storeWeights, type TrainedState } from '../../src/project/light';
import type { WeightValues } from '../../src/training/index';
import type { TrainingState } from '../store/types';

/**
 * The state to write into the .mlp: null unless the user keeps trained state and weights have been
 * read; the step and epoch are those the weights were read at, and the history stops there too,
 * so a reopened project resumes exactly where its weights were.
 */
export function trainedStateOf(
  training: Pick<TrainingState, 'keepTrainedState' | 'weights' | 'weightsAt' | 'metrics'>,
): TrainedState | null {
  const { keepTrainedState, weights, weightsAt, metrics } = training;
  if (!keepTrainedState || !weights || !weightsAt) return null;
  return {
    step: weightsAt.step,
    epoch: weightsAt.epoch,
    weights: storeWeights(weights),
    history: metrics.filter((point) => point.step <= weightsAt.step),
  };
}

/** The saved weights as raw floats (bit for bit) for the worker's setWeights. */
export function weightValuesOf(state: TrainedState): WeightValues[] {
  return state.weights.map((w, i) => ({
    nodeId: w.nodeId,
    name: w.name,
    shape: [...w.shape],
    values: decodeFloat32(w.data, `state.weights[${i}].data`),
  }));
}
