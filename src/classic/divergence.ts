/** Recognises an Adaline run whose cost grows without bound, and says why in words. */
import { criticalLearningRate } from './stability';
import type { ClassicData } from './neuron';
import type { DivergenceReport, EpochRecord } from './types';

/** Consecutive epochs of rising cost (above the starting cost) that count as divergence. */
export const RISING_EPOCHS = 3;

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e5 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(2)
    : String(Number(value.toPrecision(4)));
}

/**
 * A report when the latest record shows divergence: its cost is not finite, or it is above the
 * cost at epoch 0 and has risen in each of the last RISING_EPOCHS epochs (gradient descent with a
 * small enough η never raises a convex quadratic cost); null otherwise.
 */
export function detectDivergence(
  records: readonly EpochRecord[],
  data: ClassicData,
  learningRate: number,
): DivergenceReport | null {
  const last = records[records.length - 1];
  const start = records[0].mse ?? NaN;
  const cost = last.mse ?? NaN;
  const finite =
    Number.isFinite(cost) && Number.isFinite(last.w1) && Number.isFinite(last.w2) && Number.isFinite(last.b);
  let rising = finite && cost > start && records.length > RISING_EPOCHS;
  for (let k = 0; rising && k < RISING_EPOCHS; k++) {
    const later = records[records.length - 1 - k].mse ?? NaN;
    const earlier = records[records.length - 2 - k].mse ?? NaN;
    rising = later > earlier;
  }
  if (finite && !rising) return null;
  const critical = criticalLearningRate(data);
  const grew = finite
    ? `rose from ${formatNumber(start)} to ${formatNumber(cost)}`
    : `overflowed (it was ${formatNumber(start)} at the start)`;
  return {
    epoch: last.epoch,
    startCost: start,
    cost: finite ? cost : Infinity,
    criticalLearningRate: critical,
    message:
      `Adaline diverged at epoch ${last.epoch}: the cost (MSE) ${grew}. The learning rate η = ` +
      `${formatNumber(learningRate)} is too large for this data: ` +
      `full-batch gradient descent is stable only for η below ${formatNumber(critical)} (2 / the largest ` +
      `eigenvalue of the cost's Hessian). ` +
      'Lower the learning rate, or standardise the features, which puts that limit between 0.5 and 1.',
  };
}
