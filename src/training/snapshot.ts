/** A restorable copy of the training state at a step known to be finite: weights, optimizer state and batch position. */
import * as tf from './tf';
import type { ScheduleState } from './batches';
import type { NodeWeight } from './compile';
import type { OptimizerConfig } from './config';
import { createOptimizer } from './optimizers';

/**
 * Copies of every weight (BatchNorm's moving averages included) and of the optimizer's state
 * (iteration count, moments, accumulators). Tensors are immutable and variables take new values
 * by reassignment, so holding the current tensors is a copy; dispose() frees them.
 */
export class TrainingSnapshot {
  private constructor(
    readonly step: number,
    readonly schedule: ScheduleState,
    private readonly weights: tf.Tensor[],
    private readonly optimizerState: { name: string; tensor: tf.Tensor }[],
  ) {}

  /** A snapshot of the weights alone, for an optimizer that has not stepped yet (restoring gives a fresh optimizer). */
  static initial(weights: NodeWeight[], step: number, schedule: ScheduleState): TrainingSnapshot {
    return new TrainingSnapshot(
      step,
      schedule,
      weights.map((w) => tf.clone(w.variable.read())),
      [],
    );
  }

  /** Takes a snapshot (async: tfjs hands the optimizer's state out through a promise). */
  static async take(
    weights: NodeWeight[],
    optimizer: tf.Optimizer,
    step: number,
    schedule: ScheduleState,
  ): Promise<TrainingSnapshot> {
    const values = weights.map((w) => tf.clone(w.variable.read()));
    const state = await optimizer.getWeights();
    // The first entry is a fresh iteration-count scalar; the others are the optimizer's live variables.
    const optimizerState = state.map((s, i) => ({ name: s.name, tensor: i === 0 ? s.tensor : tf.clone(s.tensor) }));
    return new TrainingSnapshot(step, schedule, values, optimizerState);
  }

  /** Writes the weights back (the snapshot stays valid for another restore). */
  restoreWeights(weights: NodeWeight[]): void {
    weights.forEach((w, i) => w.variable.write(this.weights[i]));
  }

  /** A new optimizer of `config` carrying the snapshot's state (the caller disposes the old one). */
  async restoreOptimizer(config: OptimizerConfig): Promise<tf.Optimizer> {
    const optimizer = createOptimizer(config);
    // A fresh optimizer has no state until its first step, so setWeights replaces nothing (no leak).
    if (this.optimizerState.length > 1) await optimizer.setWeights(this.optimizerState);
    return optimizer;
  }

  /** Frees the copies. */
  dispose(): void {
    tf.dispose([...this.weights, ...this.optimizerState.map((s) => s.tensor)]);
  }
}
