import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { classSizes, emptyPoints, finishClassification, pushPoint } from './build';

/** Before noise, points keep this distance from both axes so the quadrants do not touch. */
export const XOR_GAP = 0.1;

/**
 * The XOR pattern: points uniform in the four quadrants of [-1, 1]² (kept XOR_GAP away from the
 * axes), labelled 1 where sign(x1)·sign(x2) > 0 and 0 elsewhere, exactly half per class (the
 * quadrant of each point is drawn from its class's two); `noise` adds Gaussian noise per coordinate.
 */
export function generateXor(spec: Pick<DatasetSpec, 'samples' | 'noise'>, rng: Rng): Dataset {
  const points = emptyPoints();
  classSizes(spec.samples, 2).forEach((size, label) => {
    for (let i = 0; i < size; i++) {
      const sign1 = rng.next() < 0.5 ? -1 : 1;
      const sign2 = label === 1 ? sign1 : -sign1;
      const magnitude = () => XOR_GAP + (1 - XOR_GAP) * rng.next();
      pushPoint(points, sign1 * magnitude(), sign2 * magnitude(), label);
    }
  });
  return finishClassification(points, 2, spec.noise, rng);
}
