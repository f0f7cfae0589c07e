/**
 * Every message between the page and its workers, in one place: ToWorker (page → training worker)
 * and FromWorker (training worker → page), two discriminated unions on `type` handled with exhaustive
 * switches (assertNever); the core's share of them (CoreRequest, CoreReport); and the depth sweep's
 * worker's two messages. Large arrays travel as transferables (transferablesOf). Type-only apart from
 * two small helpers: importing this file loads no tfjs.
 */
import type { DatasetSpec } from '../../data/types';
import type { InputParams } from '../../graph/types';
import type { MetricPoint, ProjectDocument } from '../../project/types';
import type { BackendTiming } from '../backend-race';
import type { BackendName, BackendPreference, WasmPaths } from '../backends';
import type { OptimizerConfig, TrainingConfig } from '../config';
import type { EarlyStopReport } from '../early-stopping';
import type { EngineKind, EnginePreference } from '../engine';
import type { DepthSweepPoint, DepthSweepSettings } from '../depth-sweep/settings';
import type { EvaluationMetrics } from '../metrics';
import type { NeuronGrid } from '../neuron-grids';
import type { LayerStats } from '../stats';
import type { CounterPosition, DivergenceReport, TrainingCounters } from '../trainer-types';
import type { WeightValues } from '../weights';
import type { ProjectionChoice } from '../../data/projection';

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

/** Page → worker, the requests the worker core (worker-core.ts) handles. */
export type CoreRequest =
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

/** Worker → page, the reports the worker core sends. */
export type CoreReport =
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

/**
 * Page → training worker: the core's requests, and each hidden unit's output over the plane (the worker host's own,
 * worker-host.ts). `init` with backend 'auto' races the backends first for a network only tfjs trains. With `moment`:
 * the units drawn at a moment's weights (the timeline is pinned there) instead of the live ones.
 */
export type ToWorker =
  | CoreRequest
  | { type: 'requestNeuronGrids'; resolution: number; moment?: { step: number; weights: WeightValues[] } };

/** Training worker → page: the core's reports and the worker host's own two. */
export type FromWorker =
  | CoreReport
  /** How each backend did in the race that 'auto' ran, and the one-line verdict. */
  | { type: 'raced'; timings: BackendTiming[]; note: string }
  /**
   * Each hidden unit over the plane at the weights of the 'weights' report just before (or, with `momentStep`, at
   * that moment's weights); null when the data has no 2-D plane.
   */
  | { type: 'neuronGrids'; grids: NeuronGrid[] | null; momentStep?: number };

/** Page → depth-sweep worker: run this sweep on the project's dataset, Input and training settings. */
export interface RunSweep {
  type: 'run';
  settings: DepthSweepSettings;
  data: DatasetSpec;
  input: InputParams;
  training: TrainingConfig;
}

/**
 * Depth-sweep worker → page: one network measured (`done` of `total`), the sweep finished, or why it failed (a
 * sentence for the user). The page cancels a sweep by terminating the worker.
 */
export type FromSweepWorker =
  | { type: 'point'; point: DepthSweepPoint; done: number; total: number }
  | { type: 'done'; total: number }
  | { type: 'error'; message: string };

/** For the `default` branch of an exhaustive switch over a union: a compile error if a case is missing, a thrown error at run time. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}

/** The buffers of a message that can be transferred instead of copied (grid values, weights, histograms, unit grids). */
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
  if (message.type === 'neuronGrids') message.grids?.forEach((g) => add(g.values));
  if (message.type === 'stats') {
    for (const layer of message.layers) {
      for (const p of layer.parameters) [p.gradHistogram.counts, p.weightHistogram.counts].forEach(add);
      if (layer.activation) add(layer.activation.histogram.counts);
    }
  }
  return [...buffers];
}
