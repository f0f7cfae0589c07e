import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { classSizes, emptyPoints, finishClassification, pushPoint } from './build';

/** Centres are drawn inside the square [-BLOB_BOX, BLOB_BOX]². */
export const BLOB_BOX = 5;
/** Candidates tried per centre by the best-candidate rule. */
const CANDIDATES = 20;

/**
 * Places k centres in the square by Mitchell's best-candidate rule (of several uniform candidates,
 * keep the one farthest from the centres already placed), so that centres spread out instead of
 * colliding as plain uniform draws often do; consumes draws from `rng`.
 */
export function placeCentres(k: number, rng: Rng): Array<[number, number]> {
  const centres: Array<[number, number]> = [];
  const uniform = () => BLOB_BOX * (2 * rng.next() - 1);
  for (let c = 0; c < k; c++) {
    let best: [number, number] = [uniform(), uniform()];
    let bestDistance = -1;
    for (let tries = 0; tries < CANDIDATES && centres.length > 0; tries++) {
      const candidate: [number, number] = tries === 0 ? best : [uniform(), uniform()];
      const distance = Math.min(...centres.map(([x, y]) => Math.hypot(candidate[0] - x, candidate[1] - y)));
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    centres.push(best);
  }
  return centres;
}

/**
 * Isotropic Gaussian clusters, as sklearn's make_blobs: `classes` centres placed from the seed
 * (see placeCentres), points split evenly (remainder to the first classes), each centre + spread·N(0, I);
 * `noise` adds further Gaussian noise per coordinate.
 */
export function generateBlobs(spec: Pick<DatasetSpec, 'samples' | 'noise' | 'classes' | 'spread'>, rng: Rng): Dataset {
  const centres = placeCentres(spec.classes, rng);
  const points = emptyPoints();
  classSizes(spec.samples, spec.classes).forEach((size, label) => {
    const [cx, cy] = centres[label];
    for (let i = 0; i < size; i++) {
      pushPoint(points, cx + spec.spread * rng.normal(), cy + spec.spread * rng.normal(), label);
    }
  });
  return finishClassification(points, spec.classes, spec.noise, rng);
}
