/** Smoothing of the gradient chart's lines, so that mini-batch noise does not hide the trend on a projector. */
import type { GradientRow } from './gradient-series';

/** The smoothing weight the chart uses: each point keeps this share of the running average. */
export const GRADIENT_SMOOTHING = 0.8;

/**
 * Rows with each key replaced by its exponential moving average taken in log₁₀ (the chart's axis),
 * bias-corrected so the first points are not pulled towards zero; null stays null and does not
 * move the average. `weight` 0 returns the values as they were.
 */
export function smoothGradientRows(
  rows: readonly GradientRow[],
  keys: readonly string[],
  weight = GRADIENT_SMOOTHING,
): GradientRow[] {
  if (!(weight > 0 && weight < 1)) return rows.slice();
  const sums = new Map<string, { average: number; count: number }>();
  return rows.map((row) => {
    const out: GradientRow = { ...row };
    for (const key of keys) {
      const value = row[key];
      if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) continue;
      const state = sums.get(key) ?? { average: 0, count: 0 };
      state.average = weight * state.average + (1 - weight) * Math.log10(value);
      state.count += 1;
      sums.set(key, state);
      out[key] = 10 ** (state.average / (1 - weight ** state.count));
    }
    return out;
  });
}
