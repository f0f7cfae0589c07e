/**
 * The messages between the UI and the training worker: two discriminated unions on `type`, handled
 * with exhaustive switches (assertNever). Large arrays travel as transferables (transferablesOf).
 * Type-only: importing this file loads no tfjs.
 */
import type { ProjectionChoice } from '../data/projection';
import type { MetricPoint, ProjectDocument } from '../project/types';
import type { BackendName, BackendPreference, WasmPaths } from './backends';
import type { OptimizerConfig } from './config';
import type { EarlyStopReport } from './early-stopping';
import type { EngineKind, EnginePreference } from './engine';
import type { EvaluationMetrics } from './metrics';
import type { LayerStats } from './stats';
import type { CounterPosition, DivergenceReport, TrainingCounters } from './trainer-types';
import type { WeightValues } from './weights';

/** The part of a project the worker trains: the graph, the dataset spec and the training settings. */
export type TrainingDocument = Pick<ProjectDocument, 'graph' | 'data' | 'training'>;

/**
 * The class each sample was predicted as when a grid was drawn (classification only), in the order of the split's rows:
 * the confusion matrix and the misclassified samples are counted from these.
 */
export interface SplitPredictions {
  train: Uint8Array;
  validation: Uint8Array;
}

/** What a grid of data with more than two columns adds: the plane it was drawn over (see src/data/projection.ts). */
export interface GridExtras {
  projection?: ProjectionChoice;
  predictions?: SplitPredictions;
}

/** UI → worker. */
export type ToWorker =
  | {
      type: 'init';
      document: TrainingDocument;
      backend: BackendPreference;
      wasmPaths?: WasmPaths;
      /** Which training engine to use (default 'auto': the fast engine where it runs the graph and the work suits it, else tfjs). */
      engine?: EnginePreference;
      /**
       * Decision-boundary moments taken by training progress (moments.ts) at this grid resolution, over `projection`'s
       * plane for data of more than two columns (default PCA); absent: none are taken.
       */
      moments?: { resolution: number; projection?: ProjectionChoice };
    }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; batches: number }
  | { type: 'stepEpoch' }
  | { type: 'reset'; seed?: number }
  | { type: 'setLearningRate'; learningRate: number }
  | { type: 'setOptimizer'; optimizer: OptimizerConfig }
  | { type: 'updateDocument'; document: TrainingDocument }
  | { type: 'requestGrid'; resolution: number }
  /** The plane later grids of data with more than two columns are drawn over. */
  | { type: 'setProjection'; projection: ProjectionChoice }
  | { type: 'getWeights' }
  | {
      type: 'setWeights';
      weights: WeightValues[];
      /** The counters and batch position the weights were saved at; the engine resumes there exactly (default: it keeps its own). */
      at?: CounterPosition;
    }
  | { type: 'dispose' };

/** Why a run stopped. */
export type StopReason = 'paused' | 'finished' | 'diverged' | 'error' | 'disposed';

/** Worker → UI. */
export type FromWorker =
  | {
      /** Sent after init and after every rebuild of the network (counters start over). */
      type: 'ready';
      backend: BackendName;
      skipped: { backend: BackendName; reason: string }[];
      counters: TrainingCounters;
      /**
       * tfjs layer names per graph node id (a Map: structured clone keeps it, and no id can collide with Object's
       * members), and the Linear nodes in input → output order.
       */
      layersByNode: Map<string, string[]>;
      linearNodeIds: string[];
      /** The engine that trains ('tfjs' or 'fast'), to show beside the backend badge, and why it was chosen. */
      engine?: EngineKind;
      engineReason?: string;
      /** The fast engine only: where its large matrix products run ('wasm': tfjs-wasm's kernel). */
      products?: 'js' | 'wasm';
    }
  | {
      type: 'progress';
      step: number;
      epoch: number;
      counters: TrainingCounters;
      /** The latest full-set metrics (taken at `metricsStep`); null before the first evaluation. */
      metrics: EvaluationMetrics | null;
      metricsStep: number;
      /**
       * Every full-set evaluation since the previous progress report, oldest first, each at the step
       * whose weights it measured (taken every K steps while running; see metric-cadence.ts).
       */
      points?: MetricPoint[];
      /** Mean training loss of the most recent steps (with penalty); null when none ran. */
      batchLoss: number | null;
      stepsPerSecond: number;
      running: boolean;
      /** The engine these figures come from. */
      engine?: EngineKind;
    }
  | { type: 'stats'; step: number; epoch: number; layers: LayerStats[] }
  | ({
      type: 'grid';
      resolution: number;
      channels: 1 | 2;
      values: Float32Array;
      /** Every weight of the network the grid was drawn with (copies, transferred): the grid joins the timeline like a moment. */
      weights?: WeightValues[];
    } & GridExtras)
  | ({
      /**
       * The decision grid at `step`, sent unasked: a moment of the run (`kept`, on the schedule of
       * moments.ts) or, for a paced run, a live frame shown once and not kept on the timeline.
       */
      type: 'moment';
      step: number;
      epoch: number;
      resolution: number;
      channels: 1 | 2;
      values: Float32Array;
      kept: boolean;
      /** A kept moment only: every weight of the network at `step` (copies, transferred), so the weight views can replay the run. */
      weights?: WeightValues[];
    } & GridExtras)
  | ({ type: 'diverged' } & DivergenceReport)
  | { type: 'weights'; weights: WeightValues[] }
  | { type: 'error'; message: string; request: ToWorker['type'] | null }
  | {
      type: 'stopped';
      reason: StopReason;
      /** With reason 'finished': where and why early stopping ended the run (absent when the epochs ran out). */
      earlyStop?: EarlyStopReport;
    };

/** For the `default` branch of an exhaustive switch over a union: a compile error if a case is missing, a thrown error at run time. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}

/** The buffers of a message that can be transferred instead of copied (grid values, weights, histograms). */
export function transferablesOf(message: FromWorker): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: Float32Array | Uint8Array) => {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  if (message.type === 'grid' || message.type === 'moment') {
    add(message.values);
    const predictions = message.predictions;
    if (predictions) [predictions.train, predictions.validation].forEach(add);
  }
  if (message.type === 'weights' || message.type === 'moment' || message.type === 'grid')
    message.weights?.forEach((w) => add(w.values));
  if (message.type === 'stats') {
    for (const layer of message.layers) {
      for (const p of layer.parameters) [p.gradHistogram.counts, p.weightHistogram.counts].forEach(add);
      if (layer.activation) add(layer.activation.histogram.counts);
    }
  }
  return [...buffers];
}
