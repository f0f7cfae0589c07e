/**
 * When the worker evaluates the full-set metrics while a run plays: every K steps, at the step
 * itself (never "whenever a slice ends"), so the loss and accuracy curves are dense and each point
 * sits at the step whose weights it measured. K is the larger of two bounds, capped by a third:
 * - points: a run of `epochs × batchesPerEpoch` steps yields at most ~MAX_POINTS points, and at
 *   least one per epoch while the run has fewer epochs than that;
 * - cost: an evaluation (a forward pass over the whole training and validation sets) may take
 *   at most COST_SHARE of the training time between two evaluations;
 * - but a run always gets at least MIN_POINTS points: with tiny batches on a dataset many times
 *   their size an evaluation costs several steps, and a chart of 20 points says too little.
 */
import type { MetricPoint } from '../project/types';
import type { EvaluationMetrics } from './metrics';

/** Points a whole run aims at, at most (the charts thin longer histories anyway). */
export const MAX_POINTS = 400;
/** Points a whole run gets at least, whatever an evaluation costs. */
export const MIN_POINTS = 100;
/** Evaluation may cost at most this share of the training time (8 %, under the 10 % budget). */
export const COST_SHARE = 0.08;

/** What decides K: the run's length and the measured cost of a step and of an evaluation. */
export interface CadenceInputs {
  /** Epochs the run lasts (Infinity when unbounded). */
  epochs: number;
  batchesPerEpoch: number;
  /** Milliseconds of one training step and of one full evaluation, as measured (0 before any). */
  stepMs: number;
  evaluationMs: number;
}

/** Steps between two evaluations, ≥ 1. */
export function evaluationInterval({ epochs, batchesPerEpoch, stepMs, evaluationMs }: CadenceInputs): number {
  const perEpoch = Math.max(1, batchesPerEpoch);
  const steps = epochs * perEpoch;
  const byPoints = Number.isFinite(steps) ? Math.ceil(steps / MAX_POINTS) : perEpoch;
  const byCost = stepMs > 0 && evaluationMs > 0 ? Math.ceil(evaluationMs / (COST_SHARE * stepMs)) : 1;
  const most = Number.isFinite(steps) ? Math.max(1, Math.floor(steps / MIN_POINTS)) : Infinity;
  return Math.max(1, byPoints, Math.min(byCost, most));
}

/** Samples wrong out of `n` at `accuracy` (exact: the accuracy is a count over n); null without an accuracy. */
export function misclassified(accuracy: number | null, n: number): number | null {
  return accuracy === null || !Number.isFinite(accuracy) || n <= 0 ? null : Math.round((1 - accuracy) * n);
}

/** A history point from metrics evaluated at `step` of `epoch`; with the split sizes it also counts the misclassified samples. */
export function metricPoint(
  step: number,
  epoch: number,
  metrics: EvaluationMetrics,
  sizes?: { train: number; validation: number },
): MetricPoint {
  const point: MetricPoint = {
    step,
    epoch,
    trainLoss: metrics.trainLoss,
    trainAccuracy: metrics.trainAccuracy,
    validationLoss: metrics.validationLoss,
    validationAccuracy: metrics.validationAccuracy,
  };
  if (!sizes) return point;
  return {
    ...point,
    trainMisclassified: misclassified(metrics.trainAccuracy, sizes.train),
    validationMisclassified: misclassified(metrics.validationAccuracy, sizes.validation),
  };
}

/** Keeps the measured costs (moving averages), the current K and the points not yet reported. */
export class MetricCadence {
  private stepMs = 0;
  private evaluationMs = 0;
  private pending: MetricPoint[] = [];
  private lastStep = -1;
  private every = 0;

  /** Folds in the time of `steps` training steps. */
  recordSteps(steps: number, ms: number): void {
    if (steps <= 0 || !(ms >= 0)) return;
    const perStep = ms / steps;
    this.stepMs = this.stepMs === 0 ? perStep : 0.8 * this.stepMs + 0.2 * perStep;
  }

  /**
   * Folds in the time of one evaluation: a faster one is believed at once (the slow ones were warm-up or a collector
   * pause), a slower one gradually.
   */
  recordEvaluation(ms: number): void {
    if (!(ms >= 0)) return;
    this.evaluationMs = this.evaluationMs === 0 || ms < this.evaluationMs ? ms : 0.8 * this.evaluationMs + 0.2 * ms;
  }

  /** K for a run of `epochs` epochs of `batchesPerEpoch` batches. */
  interval(epochs: number, batchesPerEpoch: number): number {
    return evaluationInterval({ epochs, batchesPerEpoch, stepMs: this.stepMs, evaluationMs: this.evaluationMs });
  }

  /** K as fixed when the last point was taken: a K that moved with every measurement could skip the step a chunk was cut at. */
  private current(epochs: number, batchesPerEpoch: number): number {
    if (this.every === 0) this.every = this.interval(epochs, batchesPerEpoch);
    return this.every;
  }

  /** Steps to run before the next evaluation is due, counted from `step` (1..K). */
  stepsToNext(step: number, epochs: number, batchesPerEpoch: number): number {
    const every = this.current(epochs, batchesPerEpoch);
    return every - (step % every);
  }

  /** Whether `step` is one at which the metrics are due. */
  due(step: number, epochs: number, batchesPerEpoch: number): boolean {
    return step > this.lastStep && step % this.current(epochs, batchesPerEpoch) === 0;
  }

  /** Records a point to report; a second point for the same step (or an older one) is dropped. */
  add(point: MetricPoint): void {
    if (point.step <= this.lastStep) return;
    this.lastStep = point.step;
    this.pending.push(point);
    this.every = 0;
  }

  /** Whether a point at `step` has been taken already. */
  has(step: number): boolean {
    return step === this.lastStep;
  }

  /** The points since the last call, oldest first. */
  take(): MetricPoint[] {
    const points = this.pending;
    this.pending = [];
    return points;
  }

  /** Starts over at step 0 (reset, rebuild, loaded weights): the measured costs are kept. */
  restart(): void {
    this.pending = [];
    this.lastStep = -1;
    this.every = 0;
  }
}
