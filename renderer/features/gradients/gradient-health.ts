/**
 * Is the gradient reaching the first layer? The ratio of the first Linear layer's kernel gradient
 * norm to the last one's, and the verdict the badge shows. The thresholds live here and only here.
 */
import type { LayerStats, StatsSample } from '../../../src/training/index';

/** At or below this first/last ratio the gradient is called vanishing (early layers get 1% of the signal or less). */
export const VANISHING_RATIO = 1e-2;
/** At or above this first/last ratio the gradient is called exploding (early layers get 100× the signal or more). */
export const EXPLODING_RATIO = 1e2;

/** The badge's verdict on the current ratio. */
export type GradientHealth = 'vanishing' | 'exploding' | 'healthy';

/** The L2 norm of a Linear layer's kernel gradient, or null when the layer has no kernel statistics. */
export function kernelGradNorm(layer: LayerStats): number | null {
  if (layer.kind !== 'dense') return null;
  const kernel = layer.parameters.find((p) => p.name === 'kernel');
  return kernel && Number.isFinite(kernel.gradNorm) ? kernel.gradNorm : null;
}

/** The Linear layers of a sample, input → output (the order the engine reports them in). */
export function linearLayers(sample: StatsSample): LayerStats[] {
  return sample.layers.filter((l) => l.kind === 'dense');
}

/**
 * ‖∂L/∂W_first‖ / ‖∂L/∂W_last‖ over the Linear layers of a sample; null with fewer than two Linear
 * layers or when the last layer's gradient is zero (no ratio to speak of).
 */
export function firstToLastRatio(sample: StatsSample | null): number | null {
  if (!sample) return null;
  const linear = linearLayers(sample);
  if (linear.length < 2) return null;
  const first = kernelGradNorm(linear[0]);
  const last = kernelGradNorm(linear[linear.length - 1]);
  if (first === null || last === null || !(last > 0)) return null;
  return first / last;
}

/** Why a sample gives no first/last ratio, in a few words; null when it gives one. */
export function missingRatioReason(sample: StatsSample | null): string | null {
  if (!sample) return 'not sampled yet';
  const linear = linearLayers(sample);
  if (linear.length < 2) return 'needs two Linear layers';
  const first = kernelGradNorm(linear[0]);
  const last = kernelGradNorm(linear[linear.length - 1]);
  if (first === null || last === null) return 'no kernel gradient';
  if (!(last > 0)) return `the gradient of ${linear[linear.length - 1].nodeName} is 0`;
  return null;
}

/** The verdict on a first/last ratio; null when there is no ratio. */
export function gradientHealth(ratio: number | null): GradientHealth | null {
  if (ratio === null || Number.isNaN(ratio)) return null;
  if (ratio <= VANISHING_RATIO) return 'vanishing';
  if (ratio >= EXPLODING_RATIO) return 'exploding';
  return 'healthy';
}

/** What the badge's tooltip says about a verdict, thresholds included. */
export function healthExplanation(health: GradientHealth): string {
  switch (health) {
    case 'vanishing':
      return (
        `The first Linear layer's gradient norm is 1/${1 / VANISHING_RATIO} of the last one's or less: ` +
        `early layers barely learn. Try ReLU with He initialisation, batch normalisation or a skip connection.`
      );
    case 'exploding':
      return (
        `The first Linear layer's gradient norm is ${EXPLODING_RATIO}× the last one's or more: early layers ` +
        `take huge steps. Lower the learning rate, or use batch normalisation or a smaller initialiser.`
      );
    case 'healthy':
      return (
        `The first and last Linear layers' gradient norms are within a factor of ${EXPLODING_RATIO} of each ` +
        `other (between ${VANISHING_RATIO} and ${EXPLODING_RATIO}): every layer learns.`
      );
  }
}
