// Acceptance: the number of live tensors stays flat over a long run with statistics sampled, and
// returns to its baseline after many build/train/dispose cycles (optimizer included).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainerFor } from './test-support/fixtures';
import { GraphBuilder } from './test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A network touching every stateful path: dropout masks, BatchNorm moving averages, Adam moments. */
function network() {
  const b = new GraphBuilder();
  const h = b.add('activation', { activation: 'relu' }, [
    b.add('batchNorm', {}, [b.add('dense', { units: 8 }, [b.add('input')])]),
  ]);
  const skip = b.add('add', {}, [h, b.add('activation', { activation: 'tanh' }, [b.add('dense', { units: 8 }, [h])])]);
  const o = b.add('dense', { units: 1 }, [b.add('dropout', { rate: 0.2 }, [skip])]);
  b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [o])]);
  return b.build();
}
const adam = { name: 'adam' as const, learningRate: 0.01 };

describe('tensor memory', () => {
  it('stays flat over 2,000 steps with statistics every 10 steps, metrics and grids', async () => {
    const trainer = trainerFor(network(), { seed: 1, batchSize: 32, statsEvery: 10, optimizer: adam });
    // As the worker reports: the earlier samples' trail first, then the last sample.
    await trainer.step(100);
    await trainer.takeEarlierStats();
    await trainer.collectStats();
    const plateau = tf.memory().numTensors;
    for (let round = 0; round < 19; round++) {
      await trainer.step(100);
      expect((await trainer.takeEarlierStats()).map((s) => s.step)).toEqual(
        Array.from({ length: 9 }, (_, i) => (round + 1) * 100 + 10 * (i + 1)),
      );
      await trainer.collectStats();
      await trainer.evaluate();
      await trainer.decisionGrid(8);
      expect(tf.memory().numTensors, `after ${(round + 2) * 100} steps`).toBe(plateau);
    }
    expect(trainer.counters.step).toBe(2000);
    trainer.dispose();
  });

  it('holds at most a bounded trail of statistics when no report takes them', async () => {
    const empty = tf.memory().numTensors;
    const trainer = trainerFor(network(), { seed: 2, batchSize: 32, statsEvery: 1, optimizer: adam });
    await trainer.step(50);
    await trainer.takeEarlierStats();
    await trainer.collectStats();
    const settled = tf.memory().numTensors;
    let most = 0;
    for (let round = 0; round < 10; round++) {
      await trainer.step(50);
      most = Math.max(most, tf.memory().numTensors - settled);
    }
    // 500 samples taken; the trail keeps fewer than 24 of them (plus the pending one).
    expect(most).toBeLessThanOrEqual(25);
    expect((await trainer.takeEarlierStats()).length).toBeLessThan(24);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(empty);
  });

  it('returns to the baseline after 20 build/train/reset/dispose cycles, divergences included', async () => {
    const baseline = tf.memory();
    for (let cycle = 0; cycle < 20; cycle++) {
      const trainer = trainerFor(network(), {
        seed: cycle,
        batchSize: 16,
        statsEvery: 3,
        optimizer: cycle % 2 ? adam : { name: 'momentum', learningRate: 0.1 },
      });
      await trainer.step(4);
      await trainer.collectStats();
      await trainer.evaluate();
      trainer.setOptimizer({ ...trainer.training.optimizer, name: 'rmsprop' });
      await trainer.step(2);
      trainer.setWeights(await trainer.getWeights());
      if (cycle % 5 === 0) {
        trainer.setOptimizer({ ...trainer.training.optimizer, name: 'sgd', learningRate: 1e6 });
        await trainer.step(60);
      }
      trainer.reset(cycle + 100);
      await trainer.step(1);
      trainer.dispose();
      trainer.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline.numTensors);
    expect(tf.memory().numBytes).toBe(baseline.numBytes);
  });
});
