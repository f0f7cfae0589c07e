import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinEvenly } from './thin';

describe('thinEvenly', () => {
  it('returns a short series unchanged (the same array)', () => {
    const items = [1, 2, 3];
    expect(thinEvenly(items, 5)).toBe(items);
  });

  it('keeps the first and last items and at most max, in order, without repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 2, max: 500 }), (n, max) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const kept = thinEvenly(items, max);
        expect(kept.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (n > 0) {
          expect(kept[0]).toBe(0);
          expect(kept[kept.length - 1]).toBe(n - 1);
        }
        for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1]);
        if (n > max) expect(kept.length).toBe(max);
      }),
    );
  });

  it('spaces the kept items evenly', () => {
    const kept = thinEvenly(
      Array.from({ length: 101 }, (_, i) => i),
      5,
    );
    expect(kept).toEqual([0, 25, 50, 75, 100]);
  });
});
