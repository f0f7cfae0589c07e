import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { emptyPoints, finishClassification, pushPoint } from './build';

/** Standard deviation of the tight inner class at spread 1 (the teaching notebook's 0.5). */
export const INNER_STDDEV = 0.5;
/** Standard deviation of the broad outer class at spread 1 (the notebook's 1.5). */
export const OUTER_STDDEV = 1.5;
/** Centre of the outer class: the notebook shifts it by 3 along x2. */
export const OUTER_CENTRE: readonly [number, number] = [0, 3];

/**
 * The inner/outer Gaussians of the activation-function notebook: class 0 is a tight Gaussian at the
 * origin (stddev 0.5·spread), class 1 a broad one centred at (0, 3) (stddev 1.5·spread) that wraps
 * around it, ⌊n/2⌋ points in class 0; spread 1 reproduces the notebook, and `noise` adds Gaussian
 * noise per coordinate on top.
 */
export function generateGaussians(spec: Pick<DatasetSpec, 'samples' | 'noise' | 'spread'>, rng: Rng): Dataset {
  const inner = Math.floor(spec.samples / 2);
  const points = emptyPoints();
  for (let i = 0; i < inner; i++) {
    pushPoint(points, INNER_STDDEV * spec.spread * rng.normal(), INNER_STDDEV * spec.spread * rng.normal(), 0);
  }
  const outerStddev = OUTER_STDDEV * spec.spread;
  for (let i = inner; i < spec.samples; i++) {
    pushPoint(points, OUTER_CENTRE[0] + outerStddev * rng.normal(), OUTER_CENTRE[1] + outerStddev * rng.normal(), 1);
  }
  return finishClassification(points, 2, spec.noise, rng);
}
