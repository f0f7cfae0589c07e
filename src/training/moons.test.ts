// Acceptance, from the first teaching notebook: make_moons(200, noise 0.1), a 2-10-1 network with
// ReLU then Sigmoid, BCE, SGD at 0.2, 1000 full-batch epochs reaches at least 95% training accuracy
// (the median over 5 seeds, each seed drawing both the data and the initial weights).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainerFor } from './test-support/fixtures';
import { mlp } from './test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('moons, 2-10-1, full-batch SGD', () => {
  it('reaches ≥ 95% training accuracy after 1000 epochs (median of 5 seeds)', async () => {
    const graph = mlp({ hidden: [10], activation: 'relu' });
    const accuracies: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const trainer = trainerFor(
        graph,
        { seed, batchSize: 0, statsEvery: 100, optimizer: { name: 'sgd', learningRate: 0.2 } },
        { kind: 'moons', samples: 200, noise: 0.1, seed, validationSplit: 0, standardize: false },
      );
      const start = await trainer.evaluate();
      await trainer.step(1000);
      expect(trainer.counters.epoch).toBe(1000);
      const end = await trainer.evaluate();
      expect(end.trainLoss).toBeLessThan(start.trainLoss);
      accuracies.push(end.trainAccuracy as number);
      trainer.dispose();
    }
    const median = [...accuracies].sort((a, b) => a - b)[2];
    expect(median, `accuracies ${accuracies.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
