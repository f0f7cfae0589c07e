// Bounded series: thinning keeps the first point and the newest half, and never exceeds the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendThinned, upToStep } from './series';

describe('appendThinned', () => {
  it('stays within the cap, keeps order, the first point and the newest half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 60 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), (cap, bursts) => {
        let series: number[] = [];
        let next = 0;
        for (const size of bursts) {
          const added = Array.from({ length: size }, () => next++);
          series = appendThinned(series, added, cap);
          expect(series.length).toBeLessThanOrEqual(cap);
          expect(series.every((v, i) => i === 0 || v > series[i - 1])).toBe(true);
          expect(series.at(-1)).toBe(next - 1);
          if (next > cap) expect(series.slice(-Math.floor(cap / 2))).toEqual(Array.from({ length: Math.floor(cap / 2) }, (_, i) => next - Math.floor(cap / 2) + i));
        }
        expect(series[0]).toBe(0);
      }),
    );
  });

  it('returns the same array when nothing is added, and cuts at a step', () => {
    const series = [{ step: 1 }, { step: 5 }, { step: 9 }];
    expect(appendThinned(series, [], 2)).toBe(series);
    expect(upToStep(series, 5)).toEqual([{ step: 1 }, { step: 5 }]);
  });
});
