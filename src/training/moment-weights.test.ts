import { describe, expect, it } from 'vitest';
import {
  boundMomentWeights,
  MOMENT_WEIGHT_BYTES,
  momentWeightBytes,
  weightsAtOrBefore,
  type WeightedMoment,
} from './moment-weights';
import { appendMoments, MOMENT_CAP } from './moments';
import type { WeightValues } from './weights';

/** One set of weights of `count` float32 values (shared storage: only the byte count matters here). */
const payload = (count: number): WeightValues[] => {
  const values = new Float32Array(count);
  return [{ nodeId: 'n', name: 'kernel', shape: [count], values }];
};

/**
 * A run of `steps` steps with a moment every `stride` steps as moments.ts thins them, each carrying `weights`,
 * bounded after each append.
 */
function run(steps: number, weights: WeightValues[], cap = MOMENT_WEIGHT_BYTES) {
  let moments: WeightedMoment[] = [];
  let stride = 1;
  let most = 0;
  for (let step = 0; step <= steps; step += 1) {
    if (step % stride !== 0) continue;
    ({ moments, stride } = appendMoments(moments, [{ step, weights }], stride));
    moments = boundMomentWeights(moments, cap);
    most = Math.max(most, momentWeightBytes(moments));
    expect(moments.at(-1)!.weights, `the newest moment at step ${step} keeps its weights`).toBe(weights);
  }
  return { moments, most };
}

describe('weights kept with the moments', () => {
  it('a 784-128-64-10 network over a 50,000-step run never holds more than the cap, keeps at least 50 payloads spread over the run', () => {
    const mnist = payload(784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10);
    expect(mnist[0].values.byteLength).toBe(437_544);
    const { moments, most } = run(50_000, mnist);
    expect(most).toBeLessThanOrEqual(MOMENT_WEIGHT_BYTES);
    const carriers = moments.filter((m) => m.weights);
    expect(carriers.length).toBeGreaterThanOrEqual(50);
    expect(carriers.length).toBeLessThanOrEqual(Math.floor(MOMENT_WEIGHT_BYTES / 437_544));
    // Spread over the run: weights from its first tenth and from its last.
    expect(carriers[0].step).toBeLessThan(5_000);
    expect(carriers.at(-1)!.step).toBe(moments.at(-1)!.step);
    expect(moments.at(-1)!.step).toBeGreaterThan(49_000);
    const gaps = carriers.slice(1).map((m, i) => m.step - carriers[i].step);
    expect(Math.max(...gaps)).toBeLessThan(50_000 / 10);
  });

  it('a small network keeps the weights on every moment', () => {
    const { moments } = run(5_000, payload(337));
    expect(moments.length).toBeGreaterThanOrEqual(MOMENT_CAP / 2);
    expect(moments.every((m) => m.weights)).toBe(true);
  });

  it('drops the older of two payloads over the cap, and a single payload larger than the cap', () => {
    const two = boundMomentWeights(
      [
        { step: 0, weights: payload(10) },
        { step: 1, weights: payload(10) },
      ],
      60,
    );
    expect(two.map((m) => Boolean(m.weights))).toEqual([false, true]);
    const huge = boundMomentWeights([{ step: 0, weights: payload(100) }], 60);
    expect(huge[0].weights).toBeUndefined();
  });

  it('leaves the moments given unchanged and returns them as they are when under the cap', () => {
    const given = [
      { step: 0, weights: payload(10) },
      { step: 1, weights: payload(10) },
      { step: 2, weights: payload(10) },
    ];
    expect(boundMomentWeights(given, 1000)).toBe(given);
    const bounded = boundMomentWeights(given, 100);
    expect(given.every((m) => m.weights)).toBe(true);
    expect(bounded.map((m) => Boolean(m.weights))).toEqual([true, false, true]);
  });

  it('finds the nearest earlier moment that kept weights', () => {
    const moments = [{ step: 0, weights: payload(1) }, { step: 5 }, { step: 9, weights: payload(1) }, { step: 12 }];
    expect(weightsAtOrBefore(moments, 1)).toBe(0);
    expect(weightsAtOrBefore(moments, 3)).toBe(2);
    expect(weightsAtOrBefore([{ step: 0 }], 0)).toBe(-1);
  });
});
