/**
 * What the training worker's core needs around it: its options, the data a document trains on, and
 * weight copies safe to transfer (whether a document needs a rebuild is document-diff.ts's sameNetwork).
 */
import { prepareData } from '../../data/index';
import type { NodeOf } from '../../graph/types';
import type { initBackend } from '../backends';
import type { TrainingData } from '../device-data';
import type { TrainingEngine } from '../engine';
import type { CoreReport, TrainingDocument } from './protocol';
import type { WeightValues } from '../weights';
import type { Yielder } from './yielder';

/** What the core needs from its surroundings; all but `post` have working defaults. */
export interface WorkerCoreOptions {
  /** Sends a message to the UI, with the buffers to transfer. */
  post(message: CoreReport, transfer: ArrayBuffer[]): void;
  /** Prepares the data of a document (default: the data module's prepareData with the Input node's params). */
  prepare?(document: TrainingDocument): TrainingData;
  initBackend?: typeof initBackend;
  yielder?: Yielder;
  now?(): number;
  /** Milliseconds of training per slice before yielding (default 20). */
  sliceMs?: number;
  /**
   * Most milliseconds a running loop goes without a full-set evaluation (default 1000). Points are
   * otherwise taken every K steps (metric-cadence.ts); this only keeps slow runs' charts moving.
   */
  metricsEveryMs?: number;
  /** Least milliseconds between two progress reports that carry metric points while running (default 200). */
  pointsEveryMs?: number;
  /** Sleeps between paced slices (default setTimeout; tests inject a fake clock's). */
  wait?(ms: number): Promise<void>;
  /** Least milliseconds between two live frames (grid and statistics) of a paced run (default 100). */
  frameEveryMs?: number;
}

/** Sleeps for `ms` milliseconds. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Prepares a document's dataset through its Input node, as the trainer expects it. */
export function prepareDocumentData(document: TrainingDocument): TrainingData {
  const input = document.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input');
  if (!input)
    throw new Error(
      'The network has no Input node, so there is no data to train on. Drag an Input node onto the canvas.',
    );
  return prepareData(document.data, input.params);
}

/**
 * Copies of the engine's weights, safe to transfer: on tfjs's cpu backend a weight's data() is the
 * live variable's own array, which a transfer would detach mid-run.
 */
export async function weightCopies(trainer: TrainingEngine): Promise<WeightValues[]> {
  return (await trainer.getWeights()).map((w) => ({ ...w, values: w.values.slice() }));
}
