import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { emptyPoints, finishClassification, linspace, pushPoint } from './build';

/**
 * Two concentric circles, as sklearn's make_circles: class 0 on the unit circle, class 1 on the
 * circle of radius `factor` (the inner/outer radius ratio), angles evenly spaced over [0, 2π);
 * class 0 gets ⌊n/2⌋ points; `noise` is the standard deviation of Gaussian noise on each coordinate.
 */
export function generateCircles(spec: Pick<DatasetSpec, 'samples' | 'noise' | 'factor'>, rng: Rng): Dataset {
  const outer = Math.floor(spec.samples / 2);
  const inner = spec.samples - outer;
  const points = emptyPoints();
  for (const t of linspace(0, 2 * Math.PI, outer, false)) pushPoint(points, Math.cos(t), Math.sin(t), 0);
  for (const t of linspace(0, 2 * Math.PI, inner, false)) {
    pushPoint(points, spec.factor * Math.cos(t), spec.factor * Math.sin(t), 1);
  }
  return finishClassification(points, 2, spec.noise, rng);
}
