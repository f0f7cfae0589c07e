import { describe, expect, it } from 'vitest';
import { appendMoments, MOMENT_CAP, MomentSchedule, thinMoments } from './moments';

/** Plays a run of `steps` steps through the worker's schedule and the store's thinning, as the app does. */
function playRun(steps: number, cap = MOMENT_CAP) {
  const schedule = new MomentSchedule(cap);
  let kept: { step: number }[] = [];
  let stride = 1;
  let peak = 0;
  for (let step = 0; step <= steps; step++) {
    if (!schedule.due(step)) continue;
    schedule.record(step);
    ({ moments: kept, stride } = appendMoments(kept, [{ step }], stride, cap));
    peak = Math.max(peak, kept.length);
  }
  return { kept, stride, peak, schedule };
}

describe('moments by training progress', () => {
  it.each([100, 240, 1000, 5000, 100_000])(
    'a run of %i steps keeps at least 100 moments and never more than the cap',
    (steps) => {
      const { kept, peak } = playRun(steps);
      expect(kept.length).toBeGreaterThanOrEqual(100);
      expect(peak).toBeLessThanOrEqual(MOMENT_CAP);
      expect(kept[0].step).toBe(0);
    },
  );

  it('keeps one moment per step while a run is shorter than the cap', () => {
    expect(playRun(150).kept.map((m) => m.step)).toEqual(Array.from({ length: 151 }, (_, i) => i));
  });

  it('spreads moments over the whole run: the largest gap is a small share of it', () => {
    for (const steps of [1000, 37_000]) {
      const steps_ = playRun(steps).kept.map((m) => m.step);
      const gaps = steps_.slice(1).map((s, i) => s - steps_[i]);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(steps / 50);
      expect(steps - steps_.at(-1)!).toBeLessThanOrEqual(steps / 50);
    }
  });

  it('is denser early: the first tenth of a long run holds more moments than the last tenth', () => {
    const steps = 20_000;
    const kept = playRun(steps).kept.map((m) => m.step);
    const first = kept.filter((s) => s <= steps / 10).length;
    const last = kept.filter((s) => s >= steps * 0.9).length;
    expect(first).toBeGreaterThan(last * 1.5);
  });

  it('the worker and the store agree on the stride', () => {
    const { schedule, stride } = playRun(3000);
    expect(schedule.stride).toBe(stride);
    expect(stride).toBeGreaterThan(1);
  });

  it('thins strays from a worker that started over onto the current stride before coarsening', () => {
    // 200 moments at stride 8, then a fresh worker reported every step after 1600.
    const old = Array.from({ length: 201 }, (_, i) => ({ step: i * 8 }));
    const fresh = Array.from({ length: 100 }, (_, i) => ({ step: 1601 + i }));
    const { moments, stride } = thinMoments([...old, ...fresh], 8);
    expect(stride).toBe(8);
    expect(moments.length).toBeGreaterThanOrEqual(200);
    expect(moments.filter((m) => m.step > 1600).every((m) => m.step % 8 === 0)).toBe(true);
  });

  it('replaces a moment re-sent at a step already kept', () => {
    const { moments } = appendMoments(
      [
        { step: 0, v: 'a' },
        { step: 4, v: 'b' },
      ],
      [{ step: 4, v: 'c' }],
      1,
    );
    expect(moments).toEqual([
      { step: 0, v: 'a' },
      { step: 4, v: 'c' },
    ]);
  });

  it('says how many steps a training chunk may run before the next moment', () => {
    const schedule = new MomentSchedule(4);
    for (let step = 0; step <= 4; step++) schedule.record(step);
    expect(schedule.stride).toBe(2);
    expect(schedule.stepsToNext(5)).toBe(1);
    expect(schedule.stepsToNext(6)).toBe(2);
    expect(schedule.due(6)).toBe(true);
    expect(schedule.due(7)).toBe(false);
    schedule.restart();
    expect(schedule.stride).toBe(1);
  });
});
