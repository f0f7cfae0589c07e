// The fast engine's surface against the tfjs Trainer's: metrics, grids, statistics, counters,
// weights in and out, settings changes, reset, determinism, and what it refuses.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/types';
import { dataFor, trainingConfig } from '../test-support/fixtures';
import { GraphBuilder, mlp } from '../test-support/graphs';
import { Trainer } from '../trainer';
import type { WeightValues } from '../weights';
import { FastTrainer } from './trainer';

const tfjs: Trainer[] = [];
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(() => tfjs.forEach((t) => t.dispose()));

function pair(
  graph: Graph,
  training: Parameters<typeof trainingConfig>[0] = {},
  spec: Parameters<typeof dataFor>[1] = {},
) {
  const data = dataFor(graph, spec);
  const document = { graph, training: trainingConfig(training) };
  const reference = new Trainer(document, data);
  tfjs.push(reference);
  return { fast: new FastTrainer(document, data), tfjs: reference, data };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  const worst = Array.from(actual).reduce((w, v, i) => Math.max(w, Math.abs(v - expected[i])), 0);
  expect(worst, label).toBeLessThanOrEqual(tolerance);
}

const blobs3 = () =>
  mlp({ hidden: [8], activation: 'relu', outputUnits: 3, finalActivation: 'softmax', loss: 'categoricalCrossentropy' });

describe('FastTrainer, read as the tfjs engine reads', () => {
  it('evaluates, draws the decision grid and every unit over the plane as the tfjs engine does', async () => {
    for (const [graph, spec] of [
      [mlp({ hidden: [6, 4], activation: 'tanh' }), {}],
      [blobs3(), { kind: 'blobs' as const, classes: 3 }],
    ] as const) {
      const { fast, tfjs: reference } = pair(graph, { seed: 8, batchSize: 16 }, spec);
      await fast.step(30);
      await reference.step(30);
      const [a, b] = [await reference.evaluate(), await fast.evaluate()];
      expect(b.trainAccuracy).toBeCloseTo(a.trainAccuracy as number, 10);
      expect(b.validationAccuracy).toBeCloseTo(a.validationAccuracy as number, 10);
      expect(b.misclassified).toBe(a.misclassified);
      expect(b.trainLoss).toBeCloseTo(a.trainLoss, 5);
      const [ga, gb] = [await reference.decisionGrid(12), await fast.decisionGrid(12)];
      expect(gb.length).toBe(144 * ('classes' in spec ? 2 : 1));
      expectClose(gb, ga, 1e-5, 'decision grid');
      const [na, nb] = [await reference.neuronGrids(5), await fast.neuronGrids(5)];
      expect(nb?.map((g) => [g.nodeId, g.units, g.resolution])).toEqual(
        na?.map((g) => [g.nodeId, g.units, g.resolution]),
      );
      na?.forEach((g, i) => expectClose(nb?.[i].values ?? [], g.values, 1e-5, `neuron grid of ${g.nodeId}`));
      expect(nb?.length).toBeGreaterThan(0);
    }
  });

  it('collects statistics in the same layout: at step 0 a fresh sample, equal histograms included', async () => {
    const { fast, tfjs: reference } = pair(mlp({ hidden: [8], activation: 'relu' }), { seed: 3 });
    const [a, b] = [await reference.collectStats(), await fast.collectStats()];
    expect(b.step).toBe(0);
    expect(b.layers.map((l) => l.nodeName)).toEqual(a.layers.map((l) => l.nodeName));
    a.layers.forEach((layer, i) => {
      const other = b.layers[i];
      layer.parameters.forEach((p, j) => {
        const q = other.parameters[j];
        expect(Array.from(q.weightHistogram.counts)).toEqual(Array.from(p.weightHistogram.counts));
        expect(Array.from(q.gradHistogram.counts)).toEqual(Array.from(p.gradHistogram.counts));
        expect(q.gradMeanAbs).toBeCloseTo(p.gradMeanAbs, 7);
        expect(q.ratio).toBeCloseTo(p.ratio as number, 6);
      });
      if (layer.activation) {
        expect(other.activation?.deadFraction).toBe(layer.activation.deadFraction);
        expect(other.activation?.saturatedFraction).toBe(layer.activation.saturatedFraction);
        expect(Array.from(other.activation?.histogram.counts ?? [])).toEqual(
          Array.from(layer.activation.histogram.counts),
        );
      }
    });
    expect(fast.hasPendingStats).toBe(false);
  });
});

describe('FastTrainer statistics', () => {
  it("report the activations' input z (histogram, fraction ≤ 0) as the tfjs engine does, an Input-fed activation included", async () => {
    const b = new GraphBuilder();
    const x = b.add('input');
    const direct = b.add('activation', { activation: 'leakyRelu' }, [x]);
    const relu = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 8 }, [direct])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [relu])])]);
    const { fast, tfjs: reference } = pair(b.build(), { seed: 3, batchSize: 0 });
    const [a, c] = [await reference.collectStats(), await fast.collectStats()];
    for (const id of [direct, relu]) {
      const [t, f] = [
        a.layers.find((l) => l.nodeId === id)?.activation,
        c.layers.find((l) => l.nodeId === id)?.activation,
      ];
      expect(t?.preHistogram?.range, id).toBeGreaterThan(0);
      expectClose([f?.preHistogram?.range ?? NaN], [t?.preHistogram?.range ?? NaN], 1e-5, `${id} range`);
      expectClose(f?.preHistogram?.counts ?? [], t?.preHistogram?.counts ?? [], 1, `${id} counts`);
      expect(f?.nonPositiveFraction, id).toBeCloseTo(t?.nonPositiveFraction ?? NaN, 2);
      expect(t?.nonPositiveFraction, id).toBeGreaterThan(0);
    }
  });
});

describe('FastTrainer, driven', () => {
  it('counts steps and epochs as the tfjs engine does; runEpoch finishes the current epoch', async () => {
    const { fast } = pair(
      mlp({ hidden: [4], activation: 'relu' }),
      { batchSize: 32, statsEvery: 3 },
      { samples: 200, validationSplit: 0.2 },
    );
    expect(fast.counters).toEqual({ step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 5 });
    await fast.step(2);
    expect(fast.counters).toMatchObject({ step: 2, epoch: 0, batchInEpoch: 2 });
    expect(fast.hasPendingStats).toBe(false);
    await fast.runEpoch();
    expect(fast.counters).toMatchObject({ step: 5, epoch: 1, batchInEpoch: 0 });
    expect(fast.hasPendingStats).toBe(true);
    // A new batch size (from the next epoch) keeps the statistics waiting to be collected.
    fast.updateTraining({ ...fast.training, batchSize: 16 });
    const sample = await fast.collectStats();
    expect(sample.step).toBe(3);
    expect(sample.layers[0].parameters[0].gradNorm).toBeGreaterThan(0);
    expect(fast.counters).toMatchObject({ step: 5, epoch: 1, batchInEpoch: 0, batchesPerEpoch: 10 });
    await expect(fast.step(1.5)).rejects.toThrow(/whole number/);
  });

  it('is deterministic, and reset(seed) gives exactly a fresh engine of that seed', async () => {
    const graph = mlp({ hidden: [6], activation: 'gelu' });
    const { fast: a } = pair(graph, { seed: 5, batchSize: 16 });
    const { fast: b } = pair(graph, { seed: 5, batchSize: 16 });
    const losses = async (t: FastTrainer) => [(await t.step(7)).meanLoss, (await t.step(9)).meanLoss];
    expect(await losses(a)).toEqual(await losses(b));
    expect(await a.getWeights()).toEqual(await b.getWeights());
    a.reset(11);
    expect(a.counters.step).toBe(0);
    expect(a.training.seed).toBe(11);
    const { fast: fresh } = pair(graph, { seed: 11, batchSize: 16 });
    expect(await a.getWeights()).toEqual(await fresh.getWeights());
    expect(await losses(a)).toEqual(await losses(fresh));
  });

  it('takes settings in place like the tfjs engine: learning rate, optimizer, penalty, batch size next epoch, seed at reset', async () => {
    const graph = mlp({ hidden: [5], activation: 'tanh' });
    const { fast, tfjs: reference } = pair(graph, {
      seed: 1,
      batchSize: 32,
      optimizer: { name: 'sgd', learningRate: 0.2 },
    });
    for (const engine of [fast, reference]) {
      await engine.step(2);
      engine.setLearningRate(0.05);
      await engine.step(2);
      engine.setOptimizer({ ...engine.training.optimizer, name: 'adam', learningRate: 0.01 });
      await engine.step(2);
      engine.updateTraining(
        trainingConfig({ seed: 12, batchSize: 16, l2: 0.01, optimizer: { name: 'adam', learningRate: 0.02 } }),
      );
      await engine.step(12);
    }
    expect(fast.counters).toEqual(reference.counters);
    expect(fast.training).toEqual(reference.training);
    const [a, b] = [await reference.evaluate(), await fast.evaluate()];
    expect(b.penalty).toBeGreaterThan(0);
    expect(Math.abs(b.penalty - a.penalty)).toBeLessThanOrEqual(1e-4 * a.penalty);
    expect(Math.abs(b.trainLoss - a.trainLoss)).toBeLessThanOrEqual(1e-4 * a.trainLoss);
    fast.reset();
    expect(fast.training.seed).toBe(12);
    expect(() => fast.setLearningRate(0)).toThrow(/Learning rate 0 is not usable/);
    expect(() => fast.setOptimizer({ ...fast.training.optimizer, name: 'momentum', momentum: 1.5 })).toThrow(
      /momentum 1.5/,
    );
  });

  it("moves weights in and out exactly, and refuses weights that do not fit with the tfjs engine's words", async () => {
    const graph = mlp({ hidden: [6], activation: 'relu' });
    const { fast: source, tfjs: reference } = pair(graph, { seed: 1 });
    await source.step(20);
    const weights = await source.getWeights();
    reference.setWeights(weights);
    expect(await reference.getWeights()).toEqual(weights);
    const { fast: target } = pair(graph, { seed: 99 });
    target.setWeights(weights);
    expect(await target.getWeights()).toEqual(weights);
    expect(await target.evaluate()).toEqual(await source.evaluate());
    const bad: WeightValues[][] = [
      weights.map((w) =>
        w.name === 'kernel' && w.nodeId === 'dense-2' ? { ...w, shape: [3, 2], values: new Float32Array(6) } : w,
      ),
      weights.slice(1),
      [...weights, { ...weights[0], nodeId: 'ghost' }],
    ];
    for (const given of bad) {
      let expected = '';
      try {
        reference.setWeights(given);
      } catch (error) {
        expected = (error as Error).message;
      }
      expect(expected).not.toBe('');
      expect(() => target.setWeights(given)).toThrow(expected);
    }
    expect(await target.getWeights()).toEqual(weights);
  });

  it('refuses a graph with a node kind it does not run, and a disposed engine', async () => {
    const b = new GraphBuilder();
    const h = b.add('batchNorm', {}, [b.add('dense', { units: 4 }, [b.add('input')])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [h])])]);
    const graph = b.build();
    expect(() => new FastTrainer({ graph, training: trainingConfig() }, dataFor(graph))).toThrow(
      /'batchNorm 3' is a BatchNorm node, which only the tfjs engine trains\. Train it on the tfjs engine/,
    );
    const { fast } = pair(mlp({ hidden: [3], activation: 'relu' }));
    fast.dispose();
    await expect(fast.step(1)).rejects.toThrow(/disposed/);
  });
});
