// The real-data lessons do what their descriptions promise, over five seeds, on the fast engine:
// digits with one hidden layer, standardisation on breast cancer, overfitting and early stopping on wine.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { median } from './test-support';
import { SEEDS, trainFor, withEngine } from './real-data-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('digits with one hidden layer', () => {
  it('64-32-10 recognises at least 95 % of the held-out digits after its 20 epochs, on the fast engine, for every seed', async () => {
    const accuracies: number[] = [];
    for (const seed of SEEDS) {
      const metrics = await withEngine('digits-one-hidden.mlp', seed, async (engine) => {
        expect(engine.kind).toBe('fast');
        return trainFor(engine, 20);
      });
      accuracies.push(metrics.validationAccuracy!);
    }
    expect(Math.min(...accuracies)).toBeGreaterThanOrEqual(0.95);
    expect(median(accuracies)).toBeGreaterThanOrEqual(0.96);
  });
});

describe('why standardisation matters (breast cancer)', () => {
  it('standardised, the network reaches 95 % on the held-out masses within 30 epochs for every seed', async () => {
    for (const seed of SEEDS) {
      const metrics = await withEngine('cancer-standardised.mlp', seed, (engine) => trainFor(engine, 30));
      expect(metrics.validationAccuracy, `seed ${seed}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('raw, the same network calls every mass benign: the 62.6 % majority and a loss near 0.66, for every seed', async () => {
    for (const seed of SEEDS) {
      const metrics = await withEngine('cancer-raw.mlp', seed, (engine) => trainFor(engine, 30));
      expect(metrics.validationAccuracy, `seed ${seed}`).toBeCloseTo(107 / 171, 3);
      expect(metrics.trainLoss, `seed ${seed}`).toBeGreaterThan(0.6);
    }
  });
});

describe('overfitting a small real set (wine)', () => {
  it('with 44 training wines the training loss reaches 0 while the validation loss climbs well above its early minimum', async () => {
    const ratios: number[] = [];
    for (const seed of SEEDS) {
      await withEngine('wine-overfit.mlp', seed, async (engine) => {
        expect(engine.counters.epoch).toBe(0);
        let lowest = Infinity;
        for (let epoch = 1; epoch <= 20; epoch++)
          lowest = Math.min(lowest, (await trainFor(engine, epoch)).validationLoss!);
        const end = await trainFor(engine, 150);
        expect(end.trainLoss, `seed ${seed}`).toBeLessThan(0.01);
        expect(end.validationLoss!, `seed ${seed}`).toBeGreaterThan(lowest);
        ratios.push(end.validationLoss! / lowest);
      });
    }
    expect(median(ratios)).toBeGreaterThan(1.4);
  });

  it('early stopping ends the run within 30 epochs, puts back the best weights and keeps 90 % validation accuracy', async () => {
    for (const seed of SEEDS) {
      await withEngine('wine-early-stopping.mlp', seed, async (engine) => {
        const end = await trainFor(engine, 150);
        expect(engine.earlyStop, `seed ${seed}`).not.toBeNull();
        expect(engine.counters.epoch, `seed ${seed}`).toBeLessThanOrEqual(30);
        expect(end.validationAccuracy!, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
      });
    }
  });
});
