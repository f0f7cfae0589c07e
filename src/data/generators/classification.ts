import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { classSizes, emptyPoints, finishClassification, pushPoint } from './build';

/** The make_classification settings a spec without them uses (scikit-learn's defaults). */
export const DEFAULT_CLASSIFICATION = { informative: 2, separation: 1, flip: 0.01 } as const;

/** The spec's make_classification settings, its own or the defaults. */
export function classificationSettings(spec: Partial<Pick<DatasetSpec, 'informative' | 'separation' | 'flip'>>): {
  informative: number;
  separation: number;
  flip: number;
} {
  return {
    informative: spec.informative ?? DEFAULT_CLASSIFICATION.informative,
    separation: spec.separation ?? DEFAULT_CLASSIFICATION.separation,
    flip: spec.flip ?? DEFAULT_CLASSIFICATION.flip,
  };
}

/**
 * Two overlapping classes as scikit-learn's make_classification draws them (2 features, one
 * cluster per class, hypercube): each class centred on its own vertex of the square (or segment,
 * with 1 informative feature) of half-side `separation`, drawn N(0, 1) per informative feature and
 * mixed by a random matrix with entries U(−1, 1); with 1 informative feature x2 is pure N(0, 1)
 * noise. A fraction `flip` of the labels is then redrawn at random, and `noise` adds Gaussian
 * noise per coordinate. Unlike the linear kind, the classes overlap: no line separates them.
 */
export function generateClassification(
  spec: Pick<DatasetSpec, 'samples' | 'noise' | 'informative' | 'separation' | 'flip'>,
  rng: Rng,
): Dataset {
  const { informative, separation, flip } = classificationSettings(spec);
  const vertices =
    informative === 2
      ? rng
          .shuffle([
            [-1, -1],
            [-1, 1],
            [1, -1],
            [1, 1],
          ])
          .slice(0, 2)
      : rng.shuffle([[-1], [1]]);
  const points = emptyPoints();
  classSizes(spec.samples, 2).forEach((size, label) => {
    const mix = Array.from({ length: informative }, () =>
      Array.from({ length: informative }, () => 2 * rng.next() - 1),
    );
    const centre = vertices[label].map((v) => v * separation);
    for (let i = 0; i < size; i++) {
      const z = Array.from({ length: informative }, () => rng.normal());
      const x = centre.map((c, j) => c + z.reduce((sum, zk, k) => sum + zk * mix[k][j], 0));
      pushPoint(points, x[0], informative === 2 ? x[1] : rng.normal(), label);
    }
  });
  for (let i = 0; i < points.labels.length; i++) if (rng.next() < flip) points.labels[i] = rng.int(2);
  return finishClassification(points, 2, spec.noise, rng);
}
