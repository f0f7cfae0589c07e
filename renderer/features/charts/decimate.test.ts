import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimateRows, rowBudget } from './decimate';

type Row = { epoch: number; a: number | null; b?: number | null };

const ramp = (n: number, value: (i: number) => number | null): Row[] =>
  Array.from({ length: n }, (_, i) => ({ epoch: i, a: value(i) }));

describe('decimateRows', () => {
  it('returns a short series unchanged (the same array)', () => {
    const rows = ramp(10, (i) => i);
    expect(decimateRows(rows, ['a'], 10)).toBe(rows);
  });

  it('keeps the first and last rows, stays within the budget and keeps the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 4, max: 400 }),
        (values, max) => {
          const rows = values.map((a, epoch) => ({ epoch, a }));
          const kept = decimateRows(rows, ['a'], max);
          expect(kept.length).toBeLessThanOrEqual(Math.max(max, rows.length <= max ? rows.length : 0));
          expect(kept[0]).toBe(rows[0]);
          expect(kept[kept.length - 1]).toBe(rows[rows.length - 1]);
          for (let i = 1; i < kept.length; i++) expect(kept[i].epoch).toBeGreaterThan(kept[i - 1].epoch);
        },
      ),
    );
  });

  it('keeps the smallest and largest value of the whole series (a spike survives, unlike even thinning)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 50, maxLength: 3000 }),
        fc.integer({ min: 4, max: 40 }),
        (values, max) => {
          const rows = values.map((a, epoch) => ({ epoch, a }));
          const kept = decimateRows(rows, ['a'], max).map((r) => r.a as number);
          expect(Math.min(...kept)).toBe(Math.min(...values));
          expect(Math.max(...kept)).toBe(Math.max(...values));
        },
      ),
    );
  });

  it('keeps each bucket’s extremes of the series that varies most there', () => {
    // 1000 rows, 10 buckets of 100: series a is flat but for one spike per bucket, b is a gentle ramp.
    const rows: Row[] = Array.from({ length: 1000 }, (_, i) => ({
      epoch: i,
      a: i % 100 === 37 ? 50 : 1,
      b: 1 + i / 1000,
    }));
    const kept = decimateRows(rows, ['a', 'b'], 22);
    for (let bucket = 0; bucket < 10; bucket++) expect(kept.some((r) => r.epoch === bucket * 100 + 37)).toBe(true);
  });

  it('measures the spread in decades on a log axis', () => {
    // a goes 1 → 2 (linear spread 0.5, 0.3 decades); b goes 1e-6 → 1e-3 (linear spread ~1, 3 decades).
    const rows = Array.from({ length: 400 }, (_, i) => ({
      epoch: i,
      a: i === 150 ? 2 : 1,
      b: i === 250 ? 1e-3 : 1e-6,
    }));
    const kept = decimateRows(rows, ['a', 'b'], 4, true);
    expect(kept.map((r) => r.epoch)).toContain(250);
  });

  it('keeps a gap (a null value) inside a bucket where the series otherwise has values', () => {
    const rows = ramp(1000, (i) => (i === 512 ? null : Math.sin(i / 10)));
    const kept = decimateRows(rows, ['a'], 20);
    expect(kept.some((r) => r.epoch === 512 && r.a === null)).toBe(true);
  });

  it('treats values a log axis cannot place (≤ 0) as gaps on a log axis', () => {
    const rows = ramp(1000, (i) => (i === 700 ? 0 : 1 + (i % 7)));
    expect(decimateRows(rows, ['a'], 20, true).some((r) => r.epoch === 700)).toBe(true);
    // On a linear axis 0 is an ordinary value, and here the minimum of its bucket.
    expect(decimateRows(rows, ['a'], 20, false).some((r) => r.epoch === 700)).toBe(true);
  });
});

describe('rowBudget', () => {
  it('gives about one row per two pixels, fewer for many series, between 16 and 400', () => {
    expect(rowBudget(300, 2)).toBe(150);
    expect(rowBudget(2000, 1)).toBe(400);
    expect(rowBudget(1000, 9)).toBe(Math.floor(1200 / 9));
    expect(rowBudget(0, 2)).toBe(16);
  });
});
