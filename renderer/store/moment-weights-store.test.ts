import { describe, expect, it } from 'vitest';
import { MOMENT_WEIGHT_BYTES, momentWeightBytes } from '../../src/training/moment-weights';
import { createAppStore } from './app-store';

describe('moments with weights in the store', () => {
  it('keeps the weights that moments bring under the byte bound, the newest always, and pins and unpins a moment', () => {
    const store = createAppStore();
    // Four payloads of a sixth of the bound each: the fifth and later push it to thin them by step.
    const payload = () => [
      { nodeId: 'n', name: 'kernel', shape: [1], values: new Float32Array(MOMENT_WEIGHT_BYTES / 4 / 6) },
    ];
    for (let step = 0; step < 12; step++) {
      store.getState().applyTrainingUpdate({
        grids: [
          {
            step,
            epoch: step,
            resolution: 1,
            channels: 1,
            values: new Float32Array(1),
            moment: true,
            weights: payload(),
          },
        ],
      });
      const grids = store.getState().training.grids;
      expect(momentWeightBytes(grids)).toBeLessThanOrEqual(MOMENT_WEIGHT_BYTES);
      expect(grids.at(-1)!.weights).toBeDefined();
    }
    const carried = store
      .getState()
      .training.grids.filter((g) => g.weights)
      .map((g) => g.step);
    expect(carried).toEqual([0, 4, 8, 11]);
    store.getState().pinMoment(4);
    expect(store.getState().training.pinnedStep).toBe(4);
    store.getState().pinMoment(null);
    expect(store.getState().training.pinnedStep).toBeNull();
  });
});
