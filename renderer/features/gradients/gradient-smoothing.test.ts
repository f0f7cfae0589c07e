import { describe, expect, it } from 'vitest';
import { smoothGradientRows } from './gradient-smoothing';
import type { GradientRow } from './gradient-series';

const row = (epoch: number, g0: number | null): GradientRow => ({ epoch, step: epoch, g0 });

describe('smoothGradientRows', () => {
  it('keeps a constant line where it is (bias-corrected from the first point)', () => {
    const rows = smoothGradientRows([row(0, 1e-3), row(1, 1e-3), row(2, 1e-3)], ['g0'], 0.8);
    for (const r of rows) expect(r.g0).toBeCloseTo(1e-3, 12);
  });

  it('damps a tenfold zig-zag to well under a tenfold swing, averaging in log space', () => {
    const zigzag = Array.from({ length: 40 }, (_, i) => row(i, i % 2 === 0 ? 1e-2 : 1e-3));
    const smooth = smoothGradientRows(zigzag, ['g0'], 0.8)
      .slice(20)
      .map((r) => r.g0 as number);
    const swing = Math.max(...smooth) / Math.min(...smooth);
    expect(swing).toBeLessThan(2);
    // The geometric middle of 1e-2 and 1e-3, not the arithmetic one (5.5e-3).
    expect(Math.log10(smooth[smooth.length - 1])).toBeCloseTo(-2.5, 0);
  });

  it('leaves gaps as gaps and returns the values unchanged at weight 0', () => {
    const rows = [row(0, 1e-2), row(1, null), row(2, 1e-4)];
    expect(smoothGradientRows(rows, ['g0'], 0.5)[1].g0).toBeNull();
    expect(smoothGradientRows(rows, ['g0'], 0).map((r) => r.g0)).toEqual([1e-2, null, 1e-4]);
  });
});
