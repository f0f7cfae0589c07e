// Divergence on the fast engine: a learning rate far too large stops training with the report the
// tfjs engine gives for the same run, the state rolls back to the last finite check bit for bit,
// and the optimizer's state comes back with the weights.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFor, trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import { Trainer } from '../trainer';
import { FastTrainer } from './trainer';

const graph = mlp({ hidden: [10], activation: 'relu' });
const settings = { seed: 4, batchSize: 0, statsEvery: 5, optimizer: { name: 'sgd' as const, learningRate: 0.1 } };
const data = dataFor(graph, {});
const fastFor = (training: Parameters<typeof trainingConfig>[0] = settings) =>
  new FastTrainer({ graph, training: trainingConfig(training) }, data);
const tfjs: Trainer[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(() => tfjs.forEach((t) => t.dispose()));

describe('divergence on the fast engine', () => {
  it('stops at a learning rate of 1e6 with the same report as the tfjs engine, and restores the last finite snapshot exactly', async () => {
    const trainer = fastFor();
    await trainer.step(10);
    trainer.setLearningRate(1e6);
    const result = await trainer.step(200);
    const report = result.diverged;
    expect(report).not.toBeNull();
    if (!report) return;
    expect(report.restoredStep).toBeGreaterThanOrEqual(10);
    expect(report.step).toBeGreaterThan(report.restoredStep);
    expect(result.steps).toBe(report.restoredStep - 10);
    expect(trainer.counters.step).toBe(report.restoredStep);
    expect(trainer.divergence).toEqual(report);
    expect(report.message).toContain(`'${report.firstLayerName}'`);
    expect(report.message).toContain(`step ${report.restoredStep} was restored`);

    const reference = new Trainer({ graph, training: trainingConfig(settings) }, data);
    tfjs.push(reference);
    await reference.step(10);
    reference.setLearningRate(1e6);
    expect(report).toEqual((await reference.step(200)).diverged);

    // The same run replayed to the restored step gives the snapshot's weights, bit for bit.
    const replay = fastFor();
    await replay.step(10);
    replay.setLearningRate(1e6);
    await replay.step(report.restoredStep - 10);
    const restored = await trainer.getWeights();
    expect(restored.every((w) => w.values.every(Number.isFinite))).toBe(true);
    expect(restored).toEqual(await replay.getWeights());

    trainer.setLearningRate(0.1);
    expect(trainer.divergence).toBeNull();
    expect((await trainer.step(5)).diverged).toBeNull();
  });

  it('restores the optimizer state with the weights: a momentum run continues exactly as its replay', async () => {
    const momentum = { ...settings, batchSize: 32, optimizer: { name: 'momentum' as const, learningRate: 0.1 } };
    const [trainer, replay] = [fastFor(momentum), fastFor(momentum)];
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
    const trainer = fastFor({ ...settings, statsEvery: 50 });
    trainer.setLearningRate(1e6);
    const result = await trainer.step(200);
    expect(result.diverged).not.toBeNull();
    expect(result.steps).toBe(result.diverged?.restoredStep);
    expect(trainer.hasPendingStats).toBe(false);
    expect(Number.isFinite((await trainer.evaluate()).trainLoss)).toBe(true);
  });
});
