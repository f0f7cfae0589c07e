import type { PlaneFeature } from '../graph/types';

/** Each plane feature as a function of a point (x1, x2), the classic playground inputs. */
export const PLANE_FEATURE_FUNCTIONS: Readonly<Record<PlaneFeature, (x1: number, x2: number) => number>> = {
  x1: (x1) => x1,
  x2: (_x1, x2) => x2,
  x1Squared: (x1) => x1 * x1,
  x2Squared: (_x1, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sinX1: (x1) => Math.sin(x1),
  sinX2: (_x1, x2) => Math.sin(x2),
};

/** Human labels of the plane features, for charts and the inspector. */
export const PLANE_FEATURE_LABELS: Readonly<Record<PlaneFeature, string>> = {
  x1: 'x₁',
  x2: 'x₂',
  x1Squared: 'x₁²',
  x2Squared: 'x₂²',
  x1x2: 'x₁x₂',
  sinX1: 'sin(x₁)',
  sinX2: 'sin(x₂)',
};

/**
 * Maps n raw points (x1, x2 interleaved, row-major) to the chosen plane features, one column per
 * feature in the order given; the result is n × features.length, row-major.
 */
export function planeFeatures(x: Float32Array, n: number, features: PlaneFeature[]): Float32Array {
  const width = features.length;
  const functions = features.map((feature) => PLANE_FEATURE_FUNCTIONS[feature]);
  const out = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    const x1 = x[i * 2];
    const x2 = x[i * 2 + 1];
    for (let j = 0; j < width; j++) out[i * width + j] = functions[j](x1, x2);
  }
  return out;
}
