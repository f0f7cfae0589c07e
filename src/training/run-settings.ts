/**
 * The settings bookkeeping both engines share: the training settings in force, the seed the next
 * reset draws from, the last divergence, and how a settings change splits into a new optimizer, a
 * new learning rate alone and a new batch size (diffSettings). Each engine applies the parts to its
 * own optimizer and batch order through the hooks it passes to update().
 */
import type { OptimizerConfig, TrainingConfig } from './config';
import { diffSettings } from './document-diff';
import type { DivergenceReport } from './trainer-types';

/** What an engine does when update() finds a part of the settings changed. */
export interface SettingsHooks {
  /** Another optimizer or other optimizer parameters: start a fresh one (it calls tookOptimizer). */
  optimizer(config: OptimizerConfig): void;
  /** Only the learning rate: keep the optimizer's state (it calls tookLearningRate). */
  learningRate(learningRate: number): void;
  /** A new batch size, applied from the next epoch; `config` still holds the old settings when it runs. */
  batchSize(batchSize: number): void;
}

/** The training settings of one engine's run. */
export class RunSettings {
  /** The settings in force; the engine reads it directly (copies go out through `training`). */
  config: TrainingConfig;
  /** The last divergence, until reset or a learning-rate/optimizer change clears it. */
  divergence: DivergenceReport | null = null;
  private seedForNextReset: number | null = null;
  private disposed = false;

  /** Takes a copy of `training`. */
  constructor(training: TrainingConfig) {
    this.config = structuredClone(training);
  }

  /** A copy of the settings in force (learning rate and optimizer changes included). */
  get training(): TrainingConfig {
    return structuredClone(this.config);
  }

  /** Records a new learning rate (the engine has applied it) and clears the divergence. */
  tookLearningRate(learningRate: number): void {
    this.config.optimizer = { ...this.config.optimizer, learningRate };
    this.divergence = null;
  }

  /** Records a new optimizer (the engine has started it) and clears the divergence. */
  tookOptimizer(config: OptimizerConfig): void {
    this.config.optimizer = { ...config };
    this.divergence = null;
  }

  /**
   * Applies `next` keeping the weights: the optimizer (or just its learning rate) and the batch size through `hooks`,
   * everything else in place; a new seed waits for the next reset so that a run never mixes two seeds.
   */
  update(next: TrainingConfig, hooks: SettingsHooks): void {
    const diff = diffSettings(this.config, next);
    if (diff.optimizer) hooks.optimizer(next.optimizer);
    else if (diff.learningRate) hooks.learningRate(next.optimizer.learningRate);
    if (next.batchSize !== this.config.batchSize) hooks.batchSize(next.batchSize);
    if (next.seed !== this.config.seed) this.seedForNextReset = next.seed;
    this.config = { ...structuredClone(next), optimizer: { ...this.config.optimizer }, seed: this.config.seed };
  }

  /** The seed a reset draws from: `seed`, else the one last given to update(), else the current one; it becomes current. */
  takeResetSeed(seed?: number): number {
    this.config.seed = seed ?? this.seedForNextReset ?? this.config.seed;
    this.seedForNextReset = null;
    return this.config.seed;
  }

  /** Whether the engine was disposed. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Marks the engine disposed. */
  dispose(): void {
    this.disposed = true;
  }

  /** Throws when the engine was disposed. */
  assertLive(): void {
    if (this.disposed) throw new Error('This trainer was disposed; create a new one to keep training.');
  }
}
