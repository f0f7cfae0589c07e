/** Messages between the page and the depth-sweep worker. The page cancels a sweep by terminating the worker. */
import type { DatasetSpec } from '../../data/types';
import type { InputParams } from '../../graph/types';
import type { TrainingConfig } from '../config';
import type { DepthSweepPoint, DepthSweepSettings } from './settings';

/** Page → worker: run this sweep on the project's dataset, Input and training settings. */
export interface RunSweep {
  type: 'run';
  settings: DepthSweepSettings;
  data: DatasetSpec;
  input: InputParams;
  training: TrainingConfig;
}

/** Worker → page: one network measured (`done` of `total`), the sweep finished, or why it failed (a sentence for the user). */
export type FromSweepWorker =
  | { type: 'point'; point: DepthSweepPoint; done: number; total: number }
  | { type: 'done'; total: number }
  | { type: 'error'; message: string };
