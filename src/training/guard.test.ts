// Acceptance: a learning rate far too large ends in a divergence report naming the first layer,
// and the weights afterwards are exactly the last finite snapshot.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DivergenceGuard } from './guard';
import { mlp } from './test-support/graphs';
import { dataFor, trainerFor } from './test-support/fixtures';
import type { Trainer } from './trainer';

const live: Trainer[] = [];
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (live.length) live.pop()?.dispose();
});

describe('DivergenceGuard', () => {
  it('records the first non-finite step and what was non-finite in it, then starts afresh', async () => {
    const guard = new DivergenceGuard(2);
    const record = (loss: number, g1: number[], g2: number[]) =>
      tf.tidy(() => guard.record(tf.scalar(loss), [tf.tensor1d(g1), tf.tensor1d(g2)]));
    record(0.5, [1, 2], [3, 4]);
    record(0.25, [1, 2], [3, 4]);
    record(0.75, [1, 2], [Number.NaN, 4]);
    record(Number.POSITIVE_INFINITY, [Number.NaN, 2], [3, 4]);
    const first = await guard.read();
    expect(first).toMatchObject({ steps: 4, firstBadOffset: 2, badMask: [false, false, true] });
    record(0.5, [1, 2], [3, 4]);
    record(0.25, [1, 2], [3, 4]);
    const second = await guard.read();
    expect(second).toMatchObject({ steps: 2, firstBadOffset: null });
    expect(second.meanLoss).toBeCloseTo(0.375, 6);
    record(Number.NaN, [1, 2], [3, 4]);
    expect(await guard.read()).toMatchObject({ firstBadOffset: 0, badMask: [true, false, false] });
    guard.dispose();
  });

  it('costs no tensors between checks beyond its own small record', async () => {
    const guard = new DivergenceGuard(1);
    const count = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) tf.tidy(() => guard.record(tf.scalar(i), [tf.ones([3, 3])]));
    expect(tf.memory().numTensors).toBe(count);
    await guard.read();
    expect(tf.memory().numTensors).toBe(count);
    guard.dispose();
  });
});

describe('divergence in the trainer', () => {
  const graph = mlp({ hidden: [10], activation: 'relu' });
  const settings = { seed: 4, batchSize: 0, statsEvery: 5, optimizer: { name: 'sgd' as const, learningRate: 0.1 } };

  it('stops at a learning rate of 1e6, names the layer where it first appeared and restores the last finite snapshot', async () => {
    const trainer = trainerFor(graph, settings);
    live.push(trainer);
    await trainer.step(10);
    trainer.setLearningRate(1e6);
    const result = await trainer.step(200);
    const report = result.diverged;
    expect(report).not.toBeNull();
    if (!report) return;
    expect(report.step).toBeGreaterThan(10);
    expect(report.restoredStep).toBeGreaterThanOrEqual(10);
    expect(report.restoredStep).toBeLessThan(report.step);
    expect(trainer.counters.step).toBe(report.restoredStep);
    expect(trainer.divergence).toEqual(report);

    // The same run replayed to the restored step gives the snapshot's weights, bit for bit.
    const replay = trainerFor(graph, settings);
    live.push(replay);
    await replay.step(10);
    replay.setLearningRate(1e6);
    await replay.step(report.restoredStep - 10);
    const expected = await replay.getWeights();
    const actual = await trainer.getWeights();
    expect(actual.map((w) => w.values.every(Number.isFinite))).not.toContain(false);
    expect(actual).toEqual(expected);

    // Replayed to just before the bad step, the forward pass of that step shows where the overflow starts.
    await replay.step(report.step - 1 - report.restoredStep);
    const data = dataFor(graph, {});
    const outputs = tf.tidy(
      () =>
        replay.compiled.trainingModel.apply(tf.tensor2d(data.train.x, [data.train.n, 2]), {
          training: true,
        }) as tf.Tensor[],
    );
    const firstNonFinite = replay.compiled.nodeOrder.find((id) => {
      const index = replay.compiled.outputIndex.nodes.get(id);
      return index !== undefined && !Array.from(outputs[index].dataSync()).every(Number.isFinite);
    });
    tf.dispose(outputs);
    expect(firstNonFinite).toBeDefined();
    expect(report.firstLayerNodeId).toBe(firstNonFinite);
    expect(report.where).toBe('output');
    expect(report.firstLayerName).toBe(graph.nodes.find((n) => n.id === firstNonFinite)?.name);
    expect(report.message).toContain(`'${report.firstLayerName}'`);
    expect(report.message).toContain(`step ${report.restoredStep} was restored`);

    // Training can go on from the snapshot at a sane rate.
    trainer.setLearningRate(0.1);
    expect(trainer.divergence).toBeNull();
    expect((await trainer.step(5)).diverged).toBeNull();
  });

  it('restores the optimizer state with the weights: a momentum run continues exactly as its replay', async () => {
    const momentum = { ...settings, batchSize: 32, optimizer: { name: 'momentum' as const, learningRate: 0.1 } };
    const trainer = trainerFor(graph, momentum);
    const replay = trainerFor(graph, momentum);
    live.push(trainer, replay);
    await trainer.step(7);
    trainer.setLearningRate(1e6);
    const report = (await trainer.step(200)).diverged;
    expect(report).not.toBeNull();
    await replay.step(7);
    replay.setLearningRate(1e6);
    await replay.step((report?.restoredStep ?? 0) - 7);
    for (const t of [trainer, replay]) t.setLearningRate(0.01);
    await trainer.step(3);
    await replay.step(3);
    expect(await trainer.getWeights()).toEqual(await replay.getWeights());
  });

  it('never trains through a non-finite loss: the steps after it are not kept', async () => {
    const trainer = trainerFor(graph, { ...settings, statsEvery: 50 });
    live.push(trainer);
    trainer.setLearningRate(1e6);
    const result = await trainer.step(200);
    expect(result.diverged).not.toBeNull();
    expect(result.steps).toBe(result.diverged?.restoredStep);
    const metrics = await trainer.evaluate();
    expect(Number.isFinite(metrics.trainLoss)).toBe(true);
  });
});
