/** A restorable copy of the fast engine's state at a step known to be finite: weights, optimizer state, batch position. */
import type { ScheduleState } from '../batches';
import type { OptimizerName } from '../config';
import type { FastNetwork } from './network';
import type { FastOptimizer, OptimizerState } from './optimizer';

/**
 * Copies of every weight and of the optimizer's state, in buffers allocated once and overwritten by
 * each take(), so a check allocates nothing. A snapshot without optimizer state (the start of a run,
 * loaded weights) restores a fresh optimizer, as the tfjs path's TrainingSnapshot.initial does.
 */
export class FastSnapshot {
  step = 0;
  schedule: ScheduleState = { epoch: 0, batchIndex: 0 };
  private readonly weights: Float32Array[];
  private optimizerState: OptimizerState | null = null;
  private optimizerName: OptimizerName | null = null;
  private hasOptimizerState = false;

  constructor(network: FastNetwork) {
    this.weights = network.parameters.map((p) => new Float32Array(p.values.length));
  }

  /** Copies the weights and, when given, the optimizer's state. */
  take(network: FastNetwork, optimizer: FastOptimizer | null, step: number, schedule: ScheduleState): void {
    network.parameters.forEach((p, i) => this.weights[i].set(p.values));
    this.step = step;
    this.schedule = schedule;
    this.hasOptimizerState = optimizer !== null;
    if (!optimizer) return;
    if (this.optimizerName !== optimizer.config.name || !this.optimizerState) {
      this.optimizerState = optimizer.freshState();
      this.optimizerName = optimizer.config.name;
    }
    optimizer.saveInto(this.optimizerState);
  }

  /** Writes the weights back and gives the optimizer the saved state (fresh when there is none for its kind). */
  restore(network: FastNetwork, optimizer: FastOptimizer): void {
    network.parameters.forEach((p, i) => p.values.set(this.weights[i]));
    network.weightsChanged();
    const saved = this.hasOptimizerState && this.optimizerName === optimizer.config.name ? this.optimizerState : null;
    optimizer.restoreFrom(saved ?? optimizer.freshState());
  }
}
