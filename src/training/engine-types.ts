/**
 * The engines' shared types: which engine, how its layers map to graph nodes, and the TrainingEngine
 * interface both the tfjs Trainer and the fast engine implement. Type-only, so an engine can name the
 * interface without importing the factory that builds it.
 */
import type { ProjectDocument } from '../project/types';
import type { OptimizerConfig, TrainingConfig } from './config';
import type { EarlyStopReport } from './early-stopping';
import type { EvaluationMetrics } from './metrics';
import type { NeuronGrid } from './neuron-grids';
import type { StatsSample } from './stats';
import type { CounterPosition, DivergenceReport, StepResult, TrainingCounters } from './trainer-types';
import type { WeightValues } from './weights';

/** The part of a project an engine trains: the graph and the training settings. */
export type TrainerDocument = Pick<ProjectDocument, 'graph' | 'training'>;

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
