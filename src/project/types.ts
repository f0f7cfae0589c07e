import type { BackpropSettings } from '../backprop/settings';
import type { ClassicSettings } from '../classic/types';
import type { DepthSweep } from '../training/depth-sweep/settings';
import type { DatasetSpec } from '../data/types';
import type { Graph } from '../graph/types';
import type { TrainingConfig } from '../training/config';
import type { Classroom } from './classroom';

/** The current version of the .mlp format written by this app. */
export const FORMAT_VERSION = 1;

/** The part of a project a person edits: saved to .mlp and covered by undo/redo. */
export interface ProjectDocument {
  graph: Graph;
  data: DatasetSpec;
  training: TrainingConfig;
  /** Workshop notes shown beside the canvas (plain text / light markdown). */
  notes: string;
  /** Side-by-side runs (additive field); absent while the project has one run. */
  runs?: RunSet;
  /** Settings of the Classic rules workspace (perceptron and Adaline); absent until the user opens it. */
  classic?: ClassicSettings;
  /** The Backprop view's sample and loss convention (additive field); absent until changed. */
  backprop?: BackpropSettings;
  /** The instructor's locks, hidden controls and lesson steps (absent in most projects). */
  classroom?: Classroom;
  /** The depth sweep's settings and last results (additive field); absent until the user first changes or runs it. */
  depthSweep?: DepthSweep;
}

/** The network, data and training settings of one run: what the worker trains. */
export type RunContent = Pick<ProjectDocument, 'graph' | 'data' | 'training'>;

/**
 * One run of a side-by-side comparison. The active run's content is the document's own graph,
 * data and training (so every editor edits it unchanged), hence its entry carries none; every
 * other run carries all three.
 */
export interface RunEntry {
  /** Stable id (saved); never reused within a project, so colours and series stay with their run. */
  id: string;
  /** The name shown in the switcher and legends ('A', 'B', ... until renamed). */
  name: string;
  graph?: RunContent['graph'];
  data?: RunContent['data'];
  training?: RunContent['training'];
}

/** The runs of a project, in the order they were made (the first is the reference run A), and which one is being edited. */
export interface RunSet {
  active: string;
  list: RunEntry[];
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
  /** Samples the network gets wrong in each split at this point (additive fields; absent in older files, null for regression). */
  trainMisclassified?: number | null;
  validationMisclassified?: number | null;
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
