import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { columnStats, splitDataset, standardizeColumns, validationCounts } from './split';
import type { Dataset } from './types';

/** A dataset whose row i has x = (i, 1000 + i), so every row can be traced after the split. */
function traceable(labels: number[], task: Dataset['task'] = 'multiclass'): Dataset {
  const n = labels.length;
  const x = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) x.set([i, 1000 + i], i * 2);
  const classes = task === 'regression' ? 1 : Math.max(...labels) + 1;
  return { n, features: 2, x, y: Float32Array.from(labels), task, classes, featureNames: ['x1', 'x2'] };
}

/** Labels with `counts[k]` rows of class k, interleaved. */
function labelsWithCounts(counts: number[]): number[] {
  const labels: number[] = [];
  const left = [...counts];
  while (left.some((c) => c > 0)) left.forEach((c, k) => c > 0 && (labels.push(k), left[k]--));
  return labels;
}

const originalRows = (part: Dataset) => Array.from({ length: part.n }, (_, i) => part.x[i * 2]);
const countClass = (part: Dataset, k: number) => Array.from(part.y).filter((v) => v === k).length;

describe('splitDataset', () => {
  it('holds out round(n·v) rows, each row landing in exactly one part, in original order', () => {
    const { train, validation } = splitDataset(traceable(labelsWithCounts([100, 100])), 0.2, 1);
    expect([train.n, validation.n]).toEqual([160, 40]);
    const all = [...originalRows(train), ...originalRows(validation)].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 200 }, (_, i) => i));
    for (const part of [train, validation]) {
      const rows = originalRows(part);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      rows.forEach((row, i) => expect(part.x[i * 2 + 1]).toBe(1000 + row));
    }
  });

  it('keeps every class share in both parts (stratified)', () => {
    const ds = traceable(labelsWithCounts([50, 30, 20]));
    const { train, validation } = splitDataset(ds, 0.3, 7);
    expect([0, 1, 2].map((k) => countClass(validation, k))).toEqual([15, 9, 6]);
    expect([0, 1, 2].map((k) => countClass(train, k))).toEqual([35, 21, 14]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const ds = traceable(labelsWithCounts([60, 60]));
    const a = originalRows(splitDataset(ds, 0.25, 3).validation);
    expect(originalRows(splitDataset(ds, 0.25, 3).validation)).toEqual(a);
    expect(originalRows(splitDataset(ds, 0.25, 4).validation)).not.toEqual(a);
  });

  it('draws a plain random share for regression', () => {
    const ds = traceable(
      Array.from({ length: 50 }, (_, i) => i * 0.1),
      'regression',
    );
    const { train, validation } = splitDataset(ds, 0.1, 2);
    expect([train.n, validation.n]).toEqual([45, 5]);
    expect(validation.y[0]).toBeCloseTo(originalRows(validation)[0] * 0.1, 5);
  });

  it('gives an empty validation part at split 0', () => {
    const { train, validation } = splitDataset(traceable(labelsWithCounts([10, 10])), 0, 1);
    expect([train.n, validation.n]).toEqual([20, 0]);
  });

  it('refuses a split outside [0, 1), naming it', () => {
    const ds = traceable(labelsWithCounts([10, 10]));
    for (const bad of [1, -0.1, Number.NaN]) {
      expect(() => splitDataset(ds, bad, 1)).toThrow(DataError);
      expect(() => splitDataset(ds, bad, 1)).toThrow(`but is ${String(bad)}`);
    }
  });
});

describe('validationCounts', () => {
  it('totals round(n·v), stays within one row of each group share and leaves each group a training row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (sizes, v) => {
          const counts = validationCounts(sizes, v);
          const n = sizes.reduce((s, c) => s + c, 0);
          counts.forEach((c, k) => {
            expect(c).toBeLessThanOrEqual(Math.max(sizes[k] - 1, 0));
            expect(Math.abs(c - sizes[k] * v)).toBeLessThan(1 + 1e-9);
          });
          // The total falls short of round(n·v) only by rows that groups, capped at their last training row, could not give.
          const total = counts.reduce((s, c) => s + c, 0);
          const capped = sizes.filter((size) => Math.ceil(size * v) > size - 1).length;
          expect(total).toBeLessThanOrEqual(Math.round(n * v));
          expect(total).toBeGreaterThanOrEqual(Math.round(n * v) - capped);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('standardisation', () => {
  const x = Float32Array.from([1, 10, 2, 10, 3, 10, 6, 10]);

  it('maps training columns to mean 0 and standard deviation 1', () => {
    const scaled = standardizeColumns(x, 4, columnStats(x, 4, 2));
    const column = Array.from({ length: 4 }, (_, i) => scaled[i * 2]);
    const mean = column.reduce((s, v) => s + v, 0) / 4;
    const std = Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / 4);
    expect(mean).toBeCloseTo(0, 6);
    expect(std).toBeCloseTo(1, 6);
  });

  it('maps a constant column to 0 rather than dividing by zero', () => {
    const scaled = standardizeColumns(x, 4, columnStats(x, 4, 2));
    expect([1, 3, 5, 7].map((i) => scaled[i])).toEqual([0, 0, 0, 0]);
  });

  it('applies the training statistics, not its own, to other rows', () => {
    const stats = columnStats(x, 4, 2);
    // Training column 0 is 1, 2, 3, 6: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5.
    const [held] = standardizeColumns(Float32Array.from([10, 10]), 1, stats);
    expect(held).toBeCloseTo((10 - 3) / Math.sqrt(3.5), 5);
  });
});
