import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { emptyPoints, finishClassification, linspace, pushPoint } from './build';

/**
 * Two interleaving half circles, as sklearn's make_moons: class 0 is the upper unit half circle
 * (cos t, sin t), class 1 the lower one (1 - cos t, 0.5 - sin t), t evenly spaced over [0, π];
 * class 0 gets ⌊n/2⌋ points; `noise` is the standard deviation of Gaussian noise on each coordinate.
 */
export function generateMoons(spec: Pick<DatasetSpec, 'samples' | 'noise'>, rng: Rng): Dataset {
  const upper = Math.floor(spec.samples / 2);
  const lower = spec.samples - upper;
  const points = emptyPoints();
  for (const t of linspace(0, Math.PI, upper)) pushPoint(points, Math.cos(t), Math.sin(t), 0);
  for (const t of linspace(0, Math.PI, lower)) pushPoint(points, 1 - Math.cos(t), 0.5 - Math.sin(t), 1);
  return finishClassification(points, 2, spec.noise, rng);
}
