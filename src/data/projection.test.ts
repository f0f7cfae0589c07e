import { describe, expect, it } from 'vitest';
import { planeProjection, projectRows, sameProjection, unprojectPoints } from './projection';
import type { Dataset } from './types';

function table(rows: number[][], names?: string[]): Dataset {
  const width = rows[0].length;
  return {
    n: rows.length,
    features: width,
    x: Float32Array.from(rows.flat()),
    y: new Float32Array(rows.length),
    task: 'binary',
    classes: 2,
    featureNames: names ?? rows[0].map((_, j) => `x${j + 1}`),
  };
}

/** Eight iris rows; the expected axes and shares are numpy.linalg.eigh's answer on the same standardised rows. */
const IRIS_ROWS = [
  [5.1, 3.5, 1.4, 0.2],
  [4.9, 3.0, 1.4, 0.2],
  [7.0, 3.2, 4.7, 1.4],
  [6.4, 3.2, 4.5, 1.5],
  [6.3, 3.3, 6.0, 2.5],
  [5.8, 2.7, 5.1, 1.9],
  [5.0, 3.6, 1.4, 0.3],
  [6.9, 3.1, 5.4, 2.1],
];

function expectClose(actual: ArrayLike<number>, expected: number[], digits = 5) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));
}

/** u = w ⊙ std recovers the unit principal axis from the dual direction. */
function unitAxis(w: Float64Array, data: Dataset): number[] {
  const width = data.features;
  const std = Array.from({ length: width }, (_, j) => {
    let mean = 0;
    for (let i = 0; i < data.n; i++) mean += data.x[i * width + j] / data.n;
    let variance = 0;
    for (let i = 0; i < data.n; i++) variance += (data.x[i * width + j] - mean) ** 2 / data.n;
    return Math.sqrt(variance);
  });
  return Array.from(w, (value, j) => value * std[j]);
}

describe('planeProjection (PCA of the standardised rows)', () => {
  it('finds the principal axes and variance shares numpy finds (4 columns: exact Jacobi)', () => {
    const data = table(IRIS_ROWS);
    const plane = planeProjection(data, { kind: 'pca' });
    expectClose(unitAxis(plane.w1, data), [0.51106446, -0.31459103, 0.57332418, 0.55780372]);
    expectClose(unitAxis(plane.w2, data), [0.35553919, 0.92462726, 0.09415136, 0.09895371]);
    expect(plane.explained?.[0]).toBeCloseTo(0.7438694283, 6);
    expect(plane.explained?.[1]).toBeCloseTo(0.2037031859, 6);
    expect(plane.axes).toEqual(['PC1', 'PC2']);
  });

  it('finds the leading axes of a 12-column table by subspace iteration, as numpy does', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      Array.from(
        { length: 12 },
        (_, j) => Math.sin(0.37 * (i + 1) * (j + 1)) + 0.05 * i * (j % 3) + (j === 5 ? 0.02 * i * i : 0),
      ),
    );
    const data = table(rows);
    const plane = planeProjection(data, { kind: 'pca' });
    const first = [-0.00571217, 0.3069603, 0.40337039, 0.0090415, 0.27058431, 0.43805499];
    const second = [0.00977059, -0.00880814, 0.00605336, 0.00455646, -0.02297879, 0.01059747, 0.70381034];
    // The sign rule is numpy's answer flipped so that the largest component is positive, as planeProjection does.
    expectClose(unitAxis(plane.w1, data).slice(0, 6), first, 4);
    expectClose(unitAxis(plane.w2, data).slice(0, 7), second, 4);
    expect(plane.explained?.[0]).toBeCloseTo(0.3987973385, 5);
  });

  it('puts the mean at the origin, and v and w are dual (wi·vj = δij)', () => {
    const plane = planeProjection(table(IRIS_ROWS), { kind: 'pca' });
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, j) => s + v * b[j], 0);
    expect(dot(plane.w1, plane.v1)).toBeCloseTo(1, 10);
    expect(dot(plane.w2, plane.v2)).toBeCloseTo(1, 10);
    expect(dot(plane.w1, plane.v2)).toBeCloseTo(0, 10);
    expect(dot(plane.w2, plane.v1)).toBeCloseTo(0, 10);
    const [a, b] = projectRows(plane, Float32Array.from(plane.origin), 1);
    expect(a).toBeCloseTo(0, 5);
    expect(b).toBeCloseTo(0, 5);
  });

  it('maps a plane point back to a row that projects onto the same point', () => {
    const plane = planeProjection(table(IRIS_ROWS), { kind: 'pca' });
    const points = Float32Array.from([1.5, -0.5, -2, 3]);
    const rows = unprojectPoints(plane, points, 2);
    expect(rows.length).toBe(8);
    expectClose(projectRows(plane, rows, 2), [1.5, -0.5, -2, 3], 4);
  });
});

describe('planeProjection (two columns, the rest at their means)', () => {
  it('reads the chosen columns as they are and holds the others at the training means', () => {
    const data = table(IRIS_ROWS, ['sepal length', 'sepal width', 'petal length', 'petal width']);
    const plane = planeProjection(data, { kind: 'features', x: 2, y: 0 });
    expect(plane.axes).toEqual(['petal length', 'sepal length']);
    expectClose(projectRows(plane, data.x.subarray(0, 8), 2), [1.4, 5.1, 1.4, 4.9]);
    const row = unprojectPoints(plane, Float32Array.from([4, 6]), 1);
    const meanWidth = IRIS_ROWS.reduce((s, r) => s + r[1], 0) / 8;
    const meanPetalWidth = IRIS_ROWS.reduce((s, r) => s + r[3], 0) / 8;
    expectClose(row, [6, meanWidth, 4, meanPetalWidth]);
  });

  it('refuses a column that does not exist or the same column twice, naming the fix', () => {
    const data = table(IRIS_ROWS);
    expect(() => planeProjection(data, { kind: 'features', x: 0, y: 4 })).toThrow(/Column 4 does not exist.*0 to 3/);
    expect(() => planeProjection(data, { kind: 'features', x: 1, y: 1 })).toThrow(/two different columns/);
  });

  it('tells choices apart', () => {
    expect(sameProjection({ kind: 'pca' }, { kind: 'pca' })).toBe(true);
    expect(sameProjection({ kind: 'features', x: 0, y: 1 }, { kind: 'features', x: 0, y: 1 })).toBe(true);
    expect(sameProjection({ kind: 'features', x: 0, y: 1 }, { kind: 'features', x: 1, y: 0 })).toBe(false);
    expect(sameProjection({ kind: 'pca' }, { kind: 'features', x: 0, y: 1 })).toBe(false);
  });
});
