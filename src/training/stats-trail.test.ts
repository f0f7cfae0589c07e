// The trail of statistics samples between reports: kept in order, thinned evenly when full,
// forgotten past a rollback.
import { describe, expect, it } from 'vitest';
import type { StatsSample } from './stats';
import { StatsTrail } from './stats-trail';

const sample = (step: number): StatsSample => ({ step, epoch: 0, layers: [] });

/** Offers every statsEvery-th step up to `last` the way a trainer does, and returns the kept steps. */
function offer(trail: StatsTrail, every: number, last: number): void {
  for (let step = every; step <= last; step += every) if (trail.wants(step)) trail.add(sample(step));
}

describe('StatsTrail', () => {
  it('keeps every sample while it has room, oldest first, and is empty once taken', () => {
    const trail = new StatsTrail(24);
    trail.reset(10);
    offer(trail, 10, 200);
    expect(trail.take().map((s) => s.step)).toEqual(Array.from({ length: 20 }, (_, i) => 10 * (i + 1)));
    expect(trail.take()).toEqual([]);
  });

  it('when full keeps every other sample and doubles the spacing, so a long burst stays evenly spread and bounded', () => {
    const trail = new StatsTrail(8);
    trail.reset(10);
    offer(trail, 10, 10_000);
    const steps = trail.take().map((s) => s.step);
    expect(steps.length).toBeLessThan(8);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const gaps = steps.slice(1).map((s, i) => s - steps[i]);
    // Even spacing: every gap the same power-of-two multiple of the sampling interval.
    expect(new Set(gaps).size).toBe(1);
    expect(Math.log2(gaps[0] / 10) % 1).toBe(0);
    // Spread over the burst, not bunched at its start.
    expect(steps.at(-1)!).toBeGreaterThan(5_000);
  });

  it('forgets the samples a rollback undid and takes new ones after it', () => {
    const trail = new StatsTrail(24);
    trail.reset(5);
    offer(trail, 5, 50);
    trail.dropAfter(22);
    expect(trail.wants(25)).toBe(true);
    trail.add(sample(25));
    expect(trail.take().map((s) => s.step)).toEqual([5, 10, 15, 20, 25]);
  });
});
