// Bounded series: thinning keeps the first point and the newest half, and never exceeds the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendGrids, appendThinned, upToStep } from './series';
import { MOMENT_CAP } from '../../src/training/moments';

describe('appendThinned', () => {
  it('stays within the cap, keeps order, the first point and the newest half', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 60 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        (cap, bursts) => {
          let series: number[] = [];
          let next = 0;
          for (const size of bursts) {
            const added = Array.from({ length: size }, () => next++);
            series = appendThinned(series, added, cap);
            expect(series.length).toBeLessThanOrEqual(cap);
            expect(series.every((v, i) => i === 0 || v > series[i - 1])).toBe(true);
            expect(series.at(-1)).toBe(next - 1);
            if (next > cap)
              expect(series.slice(-Math.floor(cap / 2))).toEqual(
                Array.from({ length: Math.floor(cap / 2) }, (_, i) => next - Math.floor(cap / 2) + i),
              );
          }
          expect(series[0]).toBe(0);
        },
      ),
    );
  });

  it('returns the same array when nothing is added, and cuts at a step', () => {
    const series = [{ step: 1 }, { step: 5 }, { step: 9 }];
    expect(appendThinned(series, [], 2)).toBe(series);
    expect(upToStep(series, 5)).toEqual([{ step: 1 }, { step: 5 }]);
  });
});

describe('appendGrids', () => {
  const grid = (step: number, moment?: boolean) => ({ step, ...(moment === undefined ? {} : { moment }) });

  it("keeps a paced run's live frame only while it is the newest, so frames never crowd out the moments", () => {
    let timeline = appendGrids([], [grid(0, true), grid(1, true), grid(2, false)], 1);
    expect(timeline.moments.map((g) => g.step)).toEqual([0, 1, 2]);
    timeline = appendGrids(timeline.moments, [grid(3, false)], timeline.stride);
    expect(timeline.moments.map((g) => g.step)).toEqual([0, 1, 3]);
    timeline = appendGrids(timeline.moments, [grid(4, true)], timeline.stride);
    expect(timeline.moments.map((g) => [g.step, g.moment])).toEqual([
      [0, true],
      [1, true],
      [4, true],
    ]);
  });

  it('thins a long run of moments to the cap and keeps at least 100, with a grid asked for while paused kept like a moment', () => {
    let timeline = appendGrids<{ step: number; moment?: boolean }>([], [], 1);
    for (let step = 0; step <= 5000; step += timeline.stride) {
      timeline = appendGrids(timeline.moments, [grid(step, true)], timeline.stride);
      expect(timeline.moments.length).toBeLessThanOrEqual(MOMENT_CAP);
    }
    timeline = appendGrids(timeline.moments, [grid(5003)], timeline.stride);
    expect(timeline.moments.length).toBeGreaterThanOrEqual(100);
    expect(timeline.moments.at(-1)?.step).toBe(5003);
  });
});
