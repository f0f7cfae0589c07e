/**
 * What the activation explorer plots: f and f′ sampled over a symmetric range of z, the histogram
 * of a layer's pre-activations as a step density behind them, and where f′ peaks. Softmax, a
 * function of the whole vector, is drawn as s₁ against z₁ with a second logit held at 0.
 */
import { activate, derivative, sigmoid } from '../../../src/backprop/index';
import type { ActivationName } from '../../../src/graph/index';
import type { Histogram } from '../../../src/training/index';

/** One x position of the chart: f(z), f′(z) and the histogram's density there (null where it has none). */
export interface CurveRow {
  z: number;
  f: number;
  df: number;
  density: number | null;
}

/** Points per curve: odd, so that z = 0 is sampled exactly. */
export const CURVE_POINTS = 401;
/** The smallest half-width of the plotted range; wider when the histogram reaches further. */
export const MIN_RANGE = 6;

/** f and f′ at z; softmax as s₁ = e^z / (e^z + e^0) = σ(z) and ∂s₁/∂z₁ = s₁(1 − s₁). */
export function curveAt(name: ActivationName, alpha: number, z: number): { f: number; df: number } {
  if (name === 'softmax') {
    const s = sigmoid(z);
    return { f: s, df: s * (1 - s) };
  }
  return { f: activate(name, z, alpha), df: derivative(name, z, alpha) };
}

/** Half-width of the plot: MIN_RANGE, or the histogram's range (plus 5 %) when that is wider. */
export function plotRange(histogram: Histogram | null): number {
  return Math.max(MIN_RANGE, histogram ? histogram.range * 1.05 : 0);
}

/**
 * The chart's rows over [−range, range]: f, f′ and, with a histogram, the fraction of its values
 * per unit of z in the bin containing z (so the area under the step is 1).
 */
export function curveRows(
  name: ActivationName,
  alpha: number,
  histogram: Histogram | null,
  range = plotRange(histogram),
): CurveRow[] {
  const total = histogram ? histogram.counts.reduce((a, b) => a + b, 0) : 0;
  const bins = histogram?.counts.length ?? 0;
  const binWidth = histogram && histogram.range > 0 ? (2 * histogram.range) / bins : 0;
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const z = -range + (2 * range * i) / (CURVE_POINTS - 1);
    const { f, df } = curveAt(name, alpha, z);
    let density: number | null = null;
    if (histogram && total > 0 && binWidth > 0) {
      const bin = Math.floor((z + histogram.range) / binWidth);
      density = bin >= 0 && bin < bins ? histogram.counts[bin] / total / binWidth : 0;
    }
    return { z, f, df, density };
  });
}

/** Where f′ is largest over the rows, and its value (sigmoid: 0.25 at z = 0). */
export function derivativePeak(rows: readonly CurveRow[]): { z: number; value: number } {
  return rows.reduce((best, r) => (r.df > best.value ? { z: r.z, value: r.df } : best), {
    z: rows[0]?.z ?? 0,
    value: -Infinity,
  });
}
