/** What the trainer reports: divergence, the outcome of a step() call, and its counters. */

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
