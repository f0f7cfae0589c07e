import { describe, expect, it } from 'vitest';
import { Pacer, pacedStepsPerSecond, MAX_PACE_WAIT_MS } from './pace';

/** Runs a paced loop on a fake clock for `seconds`, as the worker does: train what is allowed, else sleep. */
function simulate(rate: number, seconds: number, stepCostMs = 0.01) {
  const pacer = new Pacer();
  let now = 0;
  let step = 0;
  const times: number[] = [];
  while (now < seconds * 1000) {
    const allowed = pacer.allowed(step, rate, now);
    if (allowed > 0) {
      for (let i = 0; i < allowed; i++) {
        step += 1;
        now += stepCostMs;
        times.push(now);
      }
    } else {
      now += pacer.waitMs(step, now);
    }
  }
  return { step, times };
}

describe('pacing a run', () => {
  it('turns epochs per second into steps per second, and no pace into full speed', () => {
    expect(pacedStepsPerSecond(50, 1)).toBe(50);
    expect(pacedStepsPerSecond(2, 7)).toBe(14);
    expect(pacedStepsPerSecond(undefined, 7)).toBe(Infinity);
    expect(pacedStepsPerSecond(0, 7)).toBe(Infinity);
  });

  it('plays a 1000-epoch full-batch run at 50 epochs per second over about 20 seconds', () => {
    const { step } = simulate(50, 20);
    expect(step).toBeGreaterThanOrEqual(995);
    expect(step).toBeLessThanOrEqual(1001);
  });

  it('spreads the steps evenly in time rather than in bursts', () => {
    const { times } = simulate(10, 5);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThan(90);
    expect(Math.max(...gaps)).toBeLessThan(110);
  });

  it('lets the first step run at once and never sleeps longer than the wait limit', () => {
    const pacer = new Pacer();
    expect(pacer.allowed(0, 1, 0)).toBe(1);
    expect(pacer.allowed(1, 1, 5)).toBe(0);
    expect(pacer.waitMs(1, 5)).toBe(MAX_PACE_WAIT_MS);
    expect(pacer.allowed(1, 1, 1000)).toBe(1);
  });

  it('does not race to catch up after falling far behind', () => {
    const pacer = new Pacer();
    pacer.allowed(0, 100, 0);
    expect(pacer.allowed(1, 100, 10_000)).toBe(1);
    expect(pacer.allowed(2, 100, 10_001)).toBe(0);
  });

  it('starts a new schedule when the pace changes', () => {
    const pacer = new Pacer();
    pacer.allowed(0, 1, 0);
    expect(pacer.allowed(1, 1000, 100)).toBe(1);
    expect(pacer.allowed(2, 1000, 110)).toBe(10);
  });

  it('places no limit at full speed', () => {
    expect(new Pacer().allowed(0, Infinity, 0)).toBe(Infinity);
  });
});
