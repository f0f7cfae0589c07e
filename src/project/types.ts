import type { DatasetSpec } from '../data/types';
import type { Graph } from '../graph/types';
import type { TrainingConfig } from '../training/config';

/** The current version of the .mlp format written by this app. */
export const FORMAT_VERSION = 1;

/** The part of a project a person edits: saved to .mlp and covered by undo/redo. */
export interface ProjectDocument {
  graph: Graph;
  data: DatasetSpec;
  training: TrainingConfig;
  /** Workshop notes shown beside the canvas (plain text / light markdown). */
  notes: string;
}

/** Descriptive metadata of a project file. */
export interface ProjectMeta {
  title: string;
  description: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/** One stored weight tensor, keyed by graph node id and tfjs weight name ('kernel', 'bias', 'gamma', ...). */
export interface StoredWeight {
  nodeId: string;
  name: string;
  shape: number[];
  /** Raw float32 values, little-endian, base64-encoded. */
  data: string;
}

/** One point of the training history. */
export interface MetricPoint {
  step: number;
  epoch: number;
  trainLoss: number;
  trainAccuracy: number | null;
  validationLoss: number | null;
  validationAccuracy: number | null;
}

/** Trained state, saved only when the user asks to keep it. */
export interface TrainedState {
  step: number;
  epoch: number;
  weights: StoredWeight[];
  history: MetricPoint[];
}

/** A whole .mlp file as it is on disk (after parsing and migration). */
export interface MlpFile extends ProjectDocument {
  format: 'mlp-project';
  version: number;
  app: { name: string; version: string };
  meta: ProjectMeta;
  state?: TrainedState;
}
