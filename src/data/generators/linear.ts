import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { classSizes, emptyPoints, finishClassification, pushPoint } from './build';

/** Distance of each cloud's centre from the separating line. */
const CENTRE_OFFSET = 1;
/** Standard deviation of a cloud across the line (its width towards the other class). */
const ACROSS_SPREAD = 0.4;
/** Standard deviation of a cloud along the line, so the clouds look like two bands. */
const ALONG_SPREAD = 1;
/** Before noise, no point comes closer to the line than this, so the classes are strictly separable. */
export const LINEAR_MARGIN = 0.25;

/**
 * Two linearly separable Gaussian clouds on either side of a line through the origin whose angle
 * is drawn from the seed: class 1 on the side the unit normal points to, class 0 opposite, each
 * centred 1 from the line (stddev 0.4 across it, truncated so no point is nearer than 0.25, and 1
 * along it); `noise` then adds Gaussian noise per coordinate, which widens the clouds until they overlap.
 */
export function generateLinear(spec: Pick<DatasetSpec, 'samples' | 'noise'>, rng: Rng): Dataset {
  const angle = 2 * Math.PI * rng.next();
  const normal = [Math.cos(angle), Math.sin(angle)];
  const points = emptyPoints();
  classSizes(spec.samples, 2).forEach((size, label) => {
    const side = label === 1 ? 1 : -1;
    for (let i = 0; i < size; i++) {
      let across = 0;
      // Rejection keeps the truncated Gaussian exact; about 3% of draws are redrawn.
      do {
        across = CENTRE_OFFSET + ACROSS_SPREAD * rng.normal();
      } while (across < LINEAR_MARGIN);
      const along = ALONG_SPREAD * rng.normal();
      pushPoint(
        points,
        side * across * normal[0] - along * normal[1],
        side * across * normal[1] + along * normal[0],
        label,
      );
    }
  });
  return finishClassification(points, 2, spec.noise, rng);
}
