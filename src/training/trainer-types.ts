/** What the trainer reports: divergence, the outcome of a step() call, and its counters. */

/** Which sign of a finite explosion the explosion guard (explosion.ts) saw. */
export type ExplosionKind = 'lossGrowth' | 'zeroGradients' | 'hugeWeights';

/** Where training stopped because the loss or a gradient stopped being a finite number. */
export interface DivergenceReport {
  /** The first step (1-based count of batches) whose loss or gradient was non-finite. */
  step: number;
  /**
   * The node where the non-finite value first appeared on that step: the first node, input →
   * output, whose output was NaN/±Infinity, else the first whose weight gradient was; null if neither.
   */
  firstLayerNodeId: string | null;
  firstLayerName: string | null;
  /** 'loss' when the loss itself was non-finite, else 'gradient'. */
  what: 'loss' | 'gradient';
  /** Whether the named node's forward output or its gradient went non-finite. */
  where: 'output' | 'gradient' | null;
  /** The step whose state (weights, optimizer, batch position) was restored: the last one checked finite. */
  restoredStep: number;
  /** The whole story in a sentence or two, with the fix. */
  message: string;
  /**
   * Why the run stopped: 'nonFinite' (the default when absent) after a NaN/±Infinity was rolled
   * back; otherwise a finite explosion (explosion.ts), after which nothing was rolled back.
   */
  kind?: 'nonFinite' | ExplosionKind;
}

/** What a call of step() did. */
export interface StepResult {
  /** Steps run and kept (after a divergence, fewer than asked for). */
  steps: number;
  /** Mean training loss (with penalty) over the steps since the previous check; null if none. */
  meanLoss: number | null;
  diverged: DivergenceReport | null;
}

/** The trainer's position. */
export interface TrainingCounters {
  step: number;
  epoch: number;
  batchInEpoch: number;
  batchesPerEpoch: number;
}

/** Where a run stands, as restored with saved weights: steps done, epochs completed, batches into the current epoch. */
export type CounterPosition = Pick<TrainingCounters, 'step' | 'epoch' | 'batchInEpoch'>;

/**
 * Checks a position to restore against the run's batches per epoch; throws a RangeError naming the
 * bad value and the fix. Steps and epochs are not checked against each other: a batch size changed
 * mid-run changes how many steps an epoch takes.
 */
export function checkPosition(position: CounterPosition, batchesPerEpoch: number): void {
  for (const key of ['step', 'epoch', 'batchInEpoch'] as const) {
    const value = position[key];
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`Counter ${key} ${String(value)} cannot be restored: it must be a whole number ≥ 0.`);
  }
  if (position.batchInEpoch >= batchesPerEpoch) {
    throw new RangeError(
      `Counter batchInEpoch ${position.batchInEpoch} cannot be restored: an epoch has ${batchesPerEpoch} ` +
        `batches, so it must be below ${batchesPerEpoch}. Save the position with the batch size it was trained with.`,
    );
  }
}
