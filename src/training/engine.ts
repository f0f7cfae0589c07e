/**
 * The training engines behind one interface: the tfjs Trainer (every node kind, any backend, GPU
 * for big networks) and the fast engine (plain Float32Array loops with a hand-written backward
 * pass, for graphs of Linear, activation, Add and Concat nodes), and the factory that picks one.
 * Both start from the same initial weights and visit the same batches, so they train alike.
 */
import * as tf from './tf';
import { batchRowsOf, inferShapes, multiplyAddsPerSample } from '../graph/index';
import type { Graph } from '../graph/types';
import type { BackendName } from './backends';
import type { OptimizerConfig, TrainingConfig } from './config';
import type { TrainingData } from './device-data';
import { FastTrainer } from './fast/trainer';
import { fastEngineSupport } from './fast/support';
import { WASM_FROM_MULTIPLY_ADDS, wasmProducts } from './fast/products';
import type { EarlyStopReport } from './early-stopping';
import { EarlyStoppingEngine } from './early-stopping-engine';
import type { EvaluationMetrics } from './metrics';
import type { NeuronGrid } from './neuron-grids';
import type { StatsSample } from './stats';
import { Trainer, type TrainerDocument } from './trainer';
import type { CounterPosition, DivergenceReport, StepResult, TrainingCounters } from './trainer-types';
import type { WeightValues } from './weights';

/** The two engines: 'tfjs' (Trainer) and 'fast' (FastTrainer). */
export type EngineKind = 'tfjs' | 'fast';
/** An engine to use, or 'auto' to let createEngine choose. */
export type EnginePreference = 'auto' | EngineKind;

/** How the graph's nodes map to tfjs layer names, which both engines report alike. */
export interface EngineLayout {
  /** tfjs layer names of each graph node (empty for nodes that add no layer). */
  layersByNode: Map<string, string[]>;
  /** Ids of the Linear nodes in input → output order. */
  linearNodeIds: string[];
}

/** What the worker and the bench drive: a network being trained, stepped, measured and read. */
export interface TrainingEngine {
  readonly kind: EngineKind;
  readonly layout: EngineLayout;
  /** The training settings in force (learning rate and optimizer changes included). */
  readonly training: TrainingConfig;
  readonly counters: TrainingCounters;
  readonly hasPendingStats: boolean;
  /** The last divergence, until reset() or a learning-rate/optimizer change clears it. */
  readonly divergence: DivergenceReport | null;
  /** Where the run stopped early (EarlyStoppingEngine); absent or null while it may go on. */
  readonly earlyStop?: EarlyStopReport | null;
  /** Runs `count` batches; on a non-finite loss or gradient rolls back to the last finite check and reports where. */
  step(count?: number): Promise<StepResult>;
  /** Runs the batches left in the current epoch. */
  runEpoch(): Promise<StepResult>;
  /** Loss (without penalty) and accuracy over the full training and validation sets. */
  evaluate(): Promise<EvaluationMetrics>;
  /** Statistics of the last sampled step, or a fresh sample on up to 4096 training rows. */
  collectStats(): Promise<StatsSample>;
  /** Samples of earlier sampled steps that no report took, oldest first (evenly thinned, at most 24 held). */
  takeEarlierStats(): Promise<StatsSample[]>;
  /** Predictions over a resolution × resolution grid of the data's plane (layout in grid.ts). */
  decisionGrid(resolution: number): Promise<Float32Array>;
  /** Predictions (inference mode) for n rows already mapped like the training rows, laid out as grid.ts predictGrid. */
  predictRows(features: Float32Array, n: number): Promise<Float32Array>;
  /** Every hidden unit's output over the plane (layout in neuron-grids.ts); null without a 2-D plane. */
  neuronGrids(resolution: number): Promise<NeuronGrid[] | null>;
  getWeights(): Promise<WeightValues[]>;
  /**
   * Loads weights (all of them, right shapes, else it throws and changes nothing); the optimizer
   * starts fresh. With `at` the counters and batch position are restored too, so a resumed run
   * counts on and walks the same batches as if it had never stopped.
   */
  setWeights(weights: WeightValues[], at?: CounterPosition): void;
  setLearningRate(learningRate: number): void;
  setOptimizer(config: OptimizerConfig): void;
  /** Applies changed settings keeping the weights; a new seed waits for reset(). */
  updateTraining(config: TrainingConfig): void;
  /** Fresh weights from `seed` (default: the pending or current one), fresh optimizer, counters at 0. */
  reset(seed?: number): void;
  /** Frees what the engine holds; safe to call twice. */
  dispose(): void;
}

/**
 * Above this many multiply-adds in one forward pass of a batch, a backend is expected to beat the
 * fast engine. On a GPU a step costs a few milliseconds of kernel launches whatever its size, which
 * the fast engine's ~1-2 G multiply-adds/s (forward + backward ≈ 3× forward) spends near 1 M. On
 * WASM and the cpu backend the tfjs path was slower than the fast engine at every size the bench
 * measures (up to 14 M, W4), so they never switch.
 */
export const TFJS_FROM_MULTIPLY_ADDS: Record<BackendName, number> = {
  webgpu: 1e6,
  webgl: 1e6,
  wasm: Infinity,
  cpu: Infinity,
};

/** Which engine trains, what was asked for, and why, in a sentence for the UI. */
export interface EngineChoice {
  kind: EngineKind;
  requested: EnginePreference;
  reason: string;
  /** The fast engine only: 'wasm' when its large matrix products run on tfjs-wasm's kernel, else 'js'. */
  products?: 'js' | 'wasm';
}

/** Multiply-adds of one forward pass of a batch: rows × Σ over Linear nodes of inputs × units. */
export function multiplyAddsPerStep(graph: Graph, batchRows: number): number {
  return multiplyAddsPerSample(graph, inferShapes(graph)) * batchRows;
}

function knownBackend(name: string): name is BackendName {
  return name in TFJS_FROM_MULTIPLY_ADDS;
}

/**
 * Chooses the engine: 'tfjs' when asked; 'fast' when asked and the graph has only kinds it runs
 * (else tfjs, saying which node stops it); 'auto' → fast for supported graphs unless the work per
 * step passes the backend's TFJS_FROM_MULTIPLY_ADDS.
 */
export function chooseEngine(
  document: TrainerDocument,
  data: Pick<TrainingData, 'train'>,
  preference: EnginePreference,
  backend: string,
): EngineChoice {
  if (preference === 'tfjs') return { kind: 'tfjs', requested: preference, reason: 'the tfjs engine was asked for' };
  const support = fastEngineSupport(document.graph);
  if (!support.supported) {
    const asked = preference === 'fast' ? 'the fast engine was asked for, but ' : '';
    return { kind: 'tfjs', requested: preference, reason: `${asked}${support.reason}` };
  }
  if (preference === 'fast') return { kind: 'fast', requested: preference, reason: 'the fast engine was asked for' };
  const rows = batchRowsOf(document.training.batchSize, data.train.n);
  const work = multiplyAddsPerStep(document.graph, rows);
  const limit = knownBackend(backend) ? TFJS_FROM_MULTIPLY_ADDS[backend] : Infinity;
  const size = `${Math.round(work).toLocaleString('en-US')} multiply-adds per forward pass of a batch`;
  if (work > limit)
    return {
      kind: 'tfjs',
      requested: preference,
      reason: `${size} is more than the ${backend} backend's limit of ${limit.toLocaleString('en-US')} for the fast engine`,
    };
  // Says what was compared, not that the work is small: the resource budget (validation) bounds the size.
  const reason = Number.isFinite(limit)
    ? `every node runs on the fast engine and ${size} is within the ${backend} backend's limit of ${limit.toLocaleString('en-US')} for it`
    : `every node runs on the fast engine, which tfjs on ${backend} does not beat at any size measured (${size})`;
  return { kind: 'fast', requested: preference, reason };
}

/**
 * Creates the engine chooseEngine picks for the active tfjs backend (or `options.backend`), with
 * early stopping on top (EarlyStoppingEngine), and returns it with the choice. Throws what the engine's constructor
 * throws (ModelBuildError, data errors).
 */
export function createEngine(
  document: TrainerDocument,
  data: TrainingData,
  options: { engine?: EnginePreference; backend?: string } = {},
): { engine: TrainingEngine; choice: EngineChoice } {
  const backend = options.backend ?? tf.getBackend();
  const choice = chooseEngine(document, data, options.engine ?? 'auto', backend);
  if (choice.kind === 'tfjs') return { engine: new EarlyStoppingEngine(new Trainer(document, data)), choice };
  // On the wasm backend the fast engine hands its large products to the WASM kernel (fast/products.ts).
  const products = backend === 'wasm' && tf.getBackend() === 'wasm' ? wasmProducts() : null;
  const engine = new EarlyStoppingEngine(new FastTrainer(document, data, products));
  const where = products
    ? `; products of ${WASM_FROM_MULTIPLY_ADDS.toLocaleString('en-US')} multiply-adds or more run on the WASM matrix kernel`
    : '';
  return { engine, choice: { ...choice, reason: choice.reason + where, products: products ? 'wasm' : 'js' } };
}
