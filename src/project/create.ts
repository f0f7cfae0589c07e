import { version as appVersion } from '../../package.json';
import { DEFAULT_DATASET } from '../data';
import { DEFAULT_TRAINING, type TrainingConfig } from '../training/config';
import { buildChain } from './chain';
import { FORMAT_VERSION, type MlpFile, type ProjectDocument, type ProjectMeta } from './types';

/** The program name written into every file's `app.name`. */
export const APP_NAME = 'MLP Studio';

/** What createProject accepts: any top-level part of a file, and any part of its meta. */
export type ProjectOverrides = Partial<Omit<MlpFile, 'format' | 'version' | 'app' | 'meta'>> & {
  meta?: Partial<ProjectMeta>;
};

function copyTraining(training: TrainingConfig): TrainingConfig {
  return { ...training, optimizer: { ...training.optimizer } };
}

function newFile(overrides: ProjectOverrides, base: Omit<MlpFile, 'format' | 'version' | 'app' | 'meta'>): MlpFile {
  const now = new Date().toISOString();
  const { meta, ...rest } = overrides;
  return {
    format: 'mlp-project',
    version: FORMAT_VERSION,
    app: { name: APP_NAME, version: appVersion },
    meta: { title: 'Untitled network', description: '', created: now, modified: now, ...meta },
    ...base,
    ...rest,
  };
}

/**
 * A new project with the classic starting network, Input (x1, x2) → Linear 8 → ReLU → Linear 1 →
 * Sigmoid → Output (binary cross-entropy), laid out left to right, on the moons dataset with the
 * default training settings; `overrides` replace whole top-level parts and single meta fields.
 * Timestamps are the current time unless given.
 */
export function createProject(overrides: ProjectOverrides = {}): MlpFile {
  const graph = buildChain(
    ['x1', 'x2'],
    [
      { kind: 'dense', units: 8 },
      { kind: 'activation', activation: 'relu' },
      { kind: 'dense', units: 1 },
      { kind: 'activation', activation: 'sigmoid' },
    ],
    'binaryCrossentropy',
  );
  return newFile(overrides, {
    graph,
    data: { ...DEFAULT_DATASET },
    training: copyTraining(DEFAULT_TRAINING),
    notes: '',
  });
}

/** A new project with an empty canvas, the moons dataset and the default training settings. */
export function createEmptyProject(overrides: ProjectOverrides = {}): MlpFile {
  return newFile(overrides, {
    graph: { nodes: [], edges: [] },
    data: { ...DEFAULT_DATASET },
    training: copyTraining(DEFAULT_TRAINING),
    notes: '',
  });
}

/**
 * The part of a file a person edits (graph, data, training, notes, side-by-side runs, the classroom block), without
 * metadata or trained state.
 */
export function toDocument(file: MlpFile): ProjectDocument {
  const document: ProjectDocument = { graph: file.graph, data: file.data, training: file.training, notes: file.notes };
  if (file.classic) document.classic = file.classic;
  if (file.backprop) document.backprop = file.backprop;
  if (file.classroom) document.classroom = file.classroom;
  if (file.depthSweep) document.depthSweep = file.depthSweep;
  return file.runs ? { ...document, runs: file.runs } : document;
}
