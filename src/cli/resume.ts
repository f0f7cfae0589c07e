import { loadWeights } from '../project';
import type { MetricPoint, MlpFile } from '../project/types';
import type { TrainingEngine } from '../training/engine';
import { LoadError } from './read-limited';

/** Where a `train` run starts: from the file's trained state (resumed) or from fresh weights. */
export interface StartPoint {
  /** The trained position resumed from, or null when training starts from fresh weights. */
  resumedFrom: { step: number; epoch: number } | null;
  /** History kept from the file: all of it when resuming, none when starting fresh. */
  history: MetricPoint[];
  /** Epochs to train when --epochs is not given: the project's setting less those already trained. */
  defaultEpochs: number;
}

/**
 * Loads the file's trained weights and counters into the engine unless `fresh` is set or the file
 * has none, so a trained network counts on (epoch N+1, N+2 …) instead of being silently discarded.
 * Throws LoadError naming the fix when the stored weights do not fit the network.
 */
export function startTraining(engine: TrainingEngine, file: MlpFile, fresh: boolean, quotedName: string): StartPoint {
  const state = file.state;
  if (!state || fresh || state.weights.length === 0) {
    return { resumedFrom: null, history: [], defaultEpochs: file.training.epochs };
  }
  try {
    // A saved project does not record the batch within the epoch; like the app, resume at the epoch's start.
    engine.setWeights(loadWeights(state.weights), { step: state.step, epoch: state.epoch, batchInEpoch: 0 });
  } catch (error) {
    throw new LoadError(
      `${quotedName} holds trained weights that do not fit its network: ${(error as Error).message} Give --fresh ` +
        `to train from new weights.`,
    );
  }
  return {
    resumedFrom: { step: state.step, epoch: state.epoch },
    history: [...state.history],
    defaultEpochs: Math.max(0, file.training.epochs - state.epoch),
  };
}
