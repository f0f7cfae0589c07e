/** Small data builders and independent reference computations for the classic rules' tests. */
import type { ClassicData } from './neuron';

/** A dataset from literal rows [x1, x2, y]. */
export function dataOf(rows: Array<[number, number, number]>): ClassicData {
  return {
    n: rows.length,
    x: Float64Array.from(rows.flatMap(([a, b]) => [a, b])),
    y: Float64Array.from(rows.map((r) => r[2])),
  };
}

/** Solves the 3×3 system M v = r by Cramer's rule. */
export function solve3(m: number[][], r: number[]): number[] {
  const det = (a: number[][]) =>
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
    a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
    a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
  const d = det(m);
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? r[i] : v)))) / d);
}

/** The least-squares fit of y ≈ w1·x1 + w2·x2 + b from the normal equations (XᵀX) v = Xᵀy with X = [x1 x2 1]. */
export function leastSquares(data: ClassicData): { w1: number; w2: number; b: number } {
  const m = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const r = [0, 0, 0];
  for (let i = 0; i < data.n; i++) {
    const row = [data.x[2 * i], data.x[2 * i + 1], 1];
    for (let a = 0; a < 3; a++) {
      r[a] += row[a] * data.y[i];
      for (let b = 0; b < 3; b++) m[a][b] += row[a] * row[b];
    }
  }
  const [w1, w2, b] = solve3(m, r);
  return { w1, w2, b };
}

/** The mean squared error of (w1, w2, b) on `data`, computed directly. */
export function meanSquaredError(data: ClassicData, w1: number, w2: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) sum += (data.y[i] - (w1 * data.x[2 * i] + w2 * data.x[2 * i + 1] + b)) ** 2;
  return sum / data.n;
}
