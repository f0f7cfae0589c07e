import type { Dataset } from '../types';

/** Row indices of each class, for per-class statistics in tests. */
export function rowsByClass(ds: Dataset): number[][] {
  const rows: number[][] = Array.from({ length: ds.classes }, () => []);
  for (let i = 0; i < ds.n; i++) rows[ds.y[i]].push(i);
  return rows;
}

/** Mean and population standard deviation of some numbers. */
export function meanStd(values: number[]): { mean: number; std: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return { mean, std };
}

/** One coordinate (0 = x1, 1 = x2) of the given rows of a 2-D dataset. */
export function coordinate(ds: Dataset, rows: number[], axis: 0 | 1): number[] {
  return rows.map((i) => ds.x[i * 2 + axis]);
}

/** Distance of each given row from a centre. */
export function radii(ds: Dataset, rows: number[], cx = 0, cy = 0): number[] {
  return rows.map((i) => Math.hypot(ds.x[i * 2] - cx, ds.x[i * 2 + 1] - cy));
}
