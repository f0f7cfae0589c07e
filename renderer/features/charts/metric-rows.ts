/** The rows the loss and accuracy charts plot, built from the training history. */
import type { MetricPoint } from '../../../src/project/light';
import { thinEvenly } from './thin';

/** One chart row: the x position in epochs and the four series (null where there is no value). */
export interface MetricRow {
  /** Epochs of training done at this point (fractional within an epoch). */
  epoch: number;
  step: number;
  trainLoss: number | null;
  validationLoss: number | null;
  trainAccuracy: number | null;
  validationAccuracy: number | null;
  /** Misclassified samples per split (null where the point has none). */
  trainMisclassified: number | null;
  validationMisclassified: number | null;
}

/**
 * Epochs done after `step` batches: step / batchesPerEpoch when the epoch length is known, so that
 * several points inside one epoch spread out; otherwise the point's own epoch count.
 */
export function epochPosition(step: number, epoch: number, batchesPerEpoch: number | null | undefined): number {
  return batchesPerEpoch && batchesPerEpoch > 0 ? step / batchesPerEpoch : epoch;
}

const finiteOrNull = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

/** A loss ready for a log axis: values ≤ 0 (which a log axis cannot place) become null. */
const positiveOrNull = (v: number | null): number | null => (v !== null && Number.isFinite(v) && v > 0 ? v : null);

/**
 * Chart rows from the history, thinned to at most `maxPoints`; with `logLoss` the non-positive
 * losses are dropped (null) because a log axis has no place for them.
 */
export function buildMetricRows(
  points: readonly MetricPoint[],
  batchesPerEpoch: number | null,
  logLoss: boolean,
  maxPoints?: number,
): MetricRow[] {
  const loss = logLoss ? positiveOrNull : finiteOrNull;
  return thinEvenly(points, maxPoints).map((p) => ({
    epoch: epochPosition(p.step, p.epoch, batchesPerEpoch),
    step: p.step,
    trainLoss: loss(p.trainLoss),
    validationLoss: loss(p.validationLoss),
    trainAccuracy: finiteOrNull(p.trainAccuracy),
    validationAccuracy: finiteOrNull(p.validationAccuracy),
    trainMisclassified: finiteOrNull(p.trainMisclassified ?? null),
    validationMisclassified: finiteOrNull(p.validationMisclassified ?? null),
  }));
}

/** Whether the history has any accuracy to plot (false for regression). */
export function hasAccuracy(points: readonly MetricPoint[]): boolean {
  return points.some((p) => p.trainAccuracy !== null || p.validationAccuracy !== null);
}

/** Whether the history counts misclassified samples (points from this version; not older files or regression). */
export function hasMisclassified(points: readonly MetricPoint[]): boolean {
  return points.some((p) => (p.trainMisclassified ?? null) !== null || (p.validationMisclassified ?? null) !== null);
}

/** The powers of ten that span [min, max] (for a log axis's ticks); at least the one decade holding them. */
export function decadeTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const low = Math.floor(Math.log10(Math.min(min, max)));
  const high = Math.ceil(Math.log10(Math.max(min, max)));
  const ticks: number[] = [];
  for (let e = low; e <= Math.max(high, low + 1); e++) ticks.push(10 ** e);
  return ticks;
}
