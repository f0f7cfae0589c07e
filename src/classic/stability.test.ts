import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestEigenvalue3 } from './stability';

/** The largest eigenvalue of a symmetric matrix by cyclic Jacobi rotations, for comparison. */
function jacobiLargest(matrix: number[][]): number {
  const a = matrix.map((row) => [...row]);
  for (let sweep = 0; sweep < 50; sweep++) {
    for (let p = 0; p < 2; p++) {
      for (let q = p + 1; q < 3; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 3; k++) {
          const [akp, akq] = [a[k][p], a[k][q]];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < 3; k++) {
          const [apk, aqk] = [a[p][k], a[q][k]];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Math.max(a[0][0], a[1][1], a[2][2]);
}

describe('largestEigenvalue3', () => {
  it('matches Jacobi rotations on random Gram matrices', () => {
    const entry = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, entry, entry), { minLength: 3, maxLength: 8 }), (rows) => {
        const m = [0, 1, 2].map((a) => [0, 1, 2].map((b) => rows.reduce((sum, r) => sum + r[a] * r[b], 0)));
        const expected = jacobiLargest(m);
        const got = largestEigenvalue3(m[0][0], m[1][1], m[2][2], m[0][1], m[0][2], m[1][2]);
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-7 * Math.max(1, expected));
      }),
      { numRuns: 200 },
    );
  });

  it('returns the largest diagonal entry of a diagonal matrix', () => {
    expect(largestEigenvalue3(2, 9, 4, 0, 0, 0)).toBe(9);
  });
});
