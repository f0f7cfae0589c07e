import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';

/**
 * A 1-D regression curve: x uniform in [-π, π], y = sin(x) + noise·N(0, 1). The dataset has a
 * single feature column 'x1' (no x2): an Input node reading plane features sees x2 = 0, and a
 * table Input node sees one column.
 */
export function generateSine(spec: Pick<DatasetSpec, 'samples' | 'noise'>, rng: Rng): Dataset {
  const n = spec.samples;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = Math.PI * (2 * rng.next() - 1);
    y[i] = Math.sin(x[i]) + spec.noise * rng.normal();
  }
  return { n, features: 1, x, y, task: 'regression', classes: 1, featureNames: ['x1'] };
}

/** The coefficients of a plane dataset's target y = a·x1 + b·x2 + c. */
export interface PlaneCoefficients {
  a: number;
  b: number;
  c: number;
}

/** Draws the plane's coefficients from the seed: a and b uniform in [-1, 1], c uniform in [-0.5, 0.5]. */
export function drawPlaneCoefficients(rng: Rng): PlaneCoefficients {
  return { a: 2 * rng.next() - 1, b: 2 * rng.next() - 1, c: rng.next() - 0.5 };
}

/**
 * A 2-D regression plane: (x1, x2) uniform in [-1, 1]², y = a·x1 + b·x2 + c + noise·N(0, 1), with
 * a, b and c drawn from the seed first (see drawPlaneCoefficients).
 */
export function generatePlane(spec: Pick<DatasetSpec, 'samples' | 'noise'>, rng: Rng): Dataset {
  const { a, b, c } = drawPlaneCoefficients(rng);
  const n = spec.samples;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x1 = 2 * rng.next() - 1;
    const x2 = 2 * rng.next() - 1;
    x[i * 2] = x1;
    x[i * 2 + 1] = x2;
    y[i] = a * x1 + b * x2 + c + spec.noise * rng.normal();
  }
  return { n, features: 2, x, y, task: 'regression', classes: 1, featureNames: ['x1', 'x2'] };
}
