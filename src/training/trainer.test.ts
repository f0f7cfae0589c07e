// The trainer's loop: determinism, learning-rate and optimizer changes mid-run, the L2 penalty in
// the update, epochs and counters, metrics, weights in and out, reset.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder, mlp } from './test-support/graphs';
import { dataFor, trainerFor, trainingConfig } from './test-support/fixtures';
import { Trainer } from './trainer';
import type { WeightValues } from './weights';

const live: Trainer[] = [];
const track = (t: Trainer) => (live.push(t), t);

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (live.length) live.pop()?.dispose();
});

/** 2 → 8 ReLU → dropout → 1 sigmoid, BCE: small, with every source of randomness. */
function dropoutNet() {
  const b = new GraphBuilder();
  const h = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 8 }, [b.add('input')])]);
  const o = b.add('dense', { units: 1 }, [b.add('dropout', { rate: 0.3 }, [h])]);
  b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [o])]);
  return b.build();
}

/** Weight values by `${nodeId}/${name}`. */
async function weightsOf(trainer: Trainer): Promise<Map<string, Float32Array>> {
  return new Map((await trainer.getWeights()).map((w) => [`${w.nodeId}/${w.name}`, w.values]));
}

async function lossesOverSteps(trainer: Trainer, steps: number): Promise<number[]> {
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) losses.push((await trainer.step(1)).meanLoss as number);
  return losses;
}

describe('Trainer', () => {
  it('is deterministic: the same seed gives bitwise equal losses and weights over 50 mini-batch steps', async () => {
    const graph = dropoutNet();
    const settings = { seed: 5, batchSize: 16, statsEvery: 7 };
    const [a, b, c] = [
      track(trainerFor(graph, settings)),
      track(trainerFor(graph, settings)),
      track(trainerFor(graph, { ...settings, seed: 6 })),
    ];
    const [la, lb, lc] = [await lossesOverSteps(a, 50), await lossesOverSteps(b, 50), await lossesOverSteps(c, 50)];
    expect(la.every(Number.isFinite)).toBe(true);
    expect(la).toEqual(lb);
    expect(la).not.toEqual(lc);
    const [wa, wb] = [await weightsOf(a), await weightsOf(b)];
    for (const [key, values] of wa)
      expect(Buffer.from((wb.get(key) as Float32Array).buffer).equals(Buffer.from(values.buffer)), key).toBe(true);
  });

  it('applies a learning-rate change on the next step, keeping everything else', async () => {
    const graph = mlp({ hidden: [6], activation: 'tanh' });
    const settings = { seed: 3, batchSize: 0, optimizer: { name: 'sgd' as const, learningRate: 0.1 } };
    const [a, b] = [track(trainerFor(graph, settings)), track(trainerFor(graph, settings))];
    await a.step(5);
    await b.step(5);
    const before = await weightsOf(a);
    a.setLearningRate(0.4);
    expect(a.training.optimizer.learningRate).toBe(0.4);
    await a.step(1);
    await b.step(1);
    const [afterA, afterB] = [await weightsOf(a), await weightsOf(b)];
    for (const [key, w0] of before) {
      const dA = Array.from(afterA.get(key) as Float32Array, (w, i) => w - w0[i]);
      const dB = Array.from(afterB.get(key) as Float32Array, (w, i) => w - w0[i]);
      // Full-batch SGD from equal weights: the step is −η·g with the same g, so 4× the learning rate is 4× the step.
      dA.forEach((d, i) => expect(Math.abs(d - 4 * dB[i]), `${key}[${i}]`).toBeLessThan(1e-6 + 1e-3 * Math.abs(d)));
      expect(dA.some((d) => d !== 0)).toBe(true);
    }
  });

  it('adds the L2 penalty to the update as the formula says: Δw gains −η·2λ·w on kernels only', async () => {
    const graph = mlp({ hidden: [5], activation: 'relu' });
    const eta = 0.1;
    const lambda = 0.05;
    const plain = track(trainerFor(graph, { seed: 8, batchSize: 0, optimizer: { name: 'sgd', learningRate: eta } }));
    const decayed = track(
      trainerFor(graph, { seed: 8, batchSize: 0, l2: lambda, optimizer: { name: 'sgd', learningRate: eta } }),
    );
    const w0 = await weightsOf(plain);
    await plain.step(1);
    await decayed.step(1);
    const [wPlain, wDecayed] = [await weightsOf(plain), await weightsOf(decayed)];
    for (const [key, start] of w0) {
      const isKernel = key.endsWith('/kernel');
      (wDecayed.get(key) as Float32Array).forEach((w, i) => {
        const extra = w - (wPlain.get(key) as Float32Array)[i];
        const expected = isKernel ? -eta * 2 * lambda * start[i] : 0;
        expect(Math.abs(extra - expected), `${key}[${i}]`).toBeLessThan(2e-7 + 1e-3 * Math.abs(expected));
      });
    }
    expect((await decayed.evaluate()).penalty).toBeGreaterThan(0);
    expect((await plain.evaluate()).penalty).toBe(0);
  });

  it('switches optimizer without touching the weights', async () => {
    const trainer = track(trainerFor(mlp({ hidden: [4], activation: 'relu' }), { seed: 2 }));
    await trainer.step(3);
    const before = await weightsOf(trainer);
    trainer.setOptimizer({ ...trainer.training.optimizer, name: 'adam', learningRate: 0.01 });
    expect(await weightsOf(trainer)).toEqual(before);
    expect(trainer.training.optimizer.name).toBe('adam');
    const result = await trainer.step(2);
    expect(result.steps).toBe(2);
    expect(await weightsOf(trainer)).not.toEqual(before);
  });

  it('counts steps and epochs: runEpoch finishes the current epoch of ⌈n / batch⌉ batches', async () => {
    const graph = mlp({ hidden: [4], activation: 'relu' });
    const trainer = track(trainerFor(graph, { batchSize: 32 }, { samples: 200, validationSplit: 0.2 }));
    const { batchesPerEpoch } = trainer.counters;
    expect(batchesPerEpoch).toBe(Math.ceil(160 / 32));
    await trainer.step(2);
    expect(trainer.counters).toMatchObject({ step: 2, epoch: 0, batchInEpoch: 2 });
    await trainer.runEpoch();
    expect(trainer.counters).toMatchObject({ step: batchesPerEpoch, epoch: 1, batchInEpoch: 0 });
    await trainer.runEpoch();
    expect(trainer.counters).toMatchObject({ step: 2 * batchesPerEpoch, epoch: 2 });
  });

  it('evaluates loss and accuracy over both splits, matching predictions scored by hand', async () => {
    const graph = mlp({ hidden: [8], activation: 'relu' });
    const data = dataFor(graph, { validationSplit: 0.25 });
    const trainer = track(new Trainer({ graph, training: trainingConfig({ seed: 4 }) }, data));
    await trainer.step(30);
    const metrics = await trainer.evaluate();
    const score = (x: Float32Array, y: Float32Array, n: number) => {
      const p = tf.tidy(() => trainer.compiled.model.predict(tf.tensor2d(x, [n, 2])) as tf.Tensor).dataSync();
      let correct = 0;
      let loss = 0;
      for (let i = 0; i < n; i++) {
        if ((p[i] >= 0.5 ? 1 : 0) === y[i]) correct++;
        loss -= (y[i] * Math.log(p[i]) + (1 - y[i]) * Math.log(1 - p[i])) / n;
      }
      return { correct, loss };
    };
    const train = score(data.train.x, data.train.y, data.train.n);
    const validation = score(data.validation.x, data.validation.y, data.validation.n);
    expect(metrics.trainAccuracy).toBeCloseTo(train.correct / data.train.n, 10);
    expect(metrics.misclassified).toBe(data.train.n - train.correct);
    expect(metrics.validationAccuracy).toBeCloseTo(validation.correct / data.validation.n, 10);
    expect(metrics.trainLoss).toBeCloseTo(train.loss, 5);
    expect(metrics.validationLoss).toBeCloseTo(validation.loss, 5);
  });

  it('reports no validation metrics when nothing is held out, and no accuracy for regression', async () => {
    const graph = mlp({ hidden: [4], activation: 'relu' });
    const none = track(trainerFor(graph, {}, { validationSplit: 0 }));
    expect(await none.evaluate()).toMatchObject({ validationLoss: null, validationAccuracy: null });
    const b = new GraphBuilder();
    const h = b.add('activation', { activation: 'tanh' }, [
      b.add('dense', { units: 4 }, [b.add('input', { features: ['x1'] })]),
    ]);
    b.add('output', { loss: 'meanSquaredError' }, [b.add('dense', { units: 1 }, [h])]);
    const regression = track(trainerFor(b.build(), {}, { kind: 'sine', samples: 100 }));
    await regression.step(5);
    const metrics = await regression.evaluate();
    expect(metrics).toMatchObject({ trainAccuracy: null, validationAccuracy: null, misclassified: null });
    expect(Number.isFinite(metrics.trainLoss)).toBe(true);
  });

  it('moves weights between trainers exactly, and refuses weights that do not fit', async () => {
    const graph = mlp({ hidden: [6], activation: 'relu' });
    const source = track(trainerFor(graph, { seed: 1 }));
    await source.step(20);
    const target = track(trainerFor(graph, { seed: 99 }));
    const weights = await source.getWeights();
    target.setWeights(weights);
    expect(await target.evaluate()).toEqual(await source.evaluate());
    const reshaped: WeightValues[] = weights.map((w) =>
      w.name === 'kernel' && w.nodeId === 'dense-2' ? { ...w, shape: [3, 2], values: new Float32Array(6) } : w,
    );
    expect(() => target.setWeights(reshaped)).toThrow(/'kernel' of node 'dense-2' has shape \[3, 2\].*needs \[2, 6\]/);
    expect(() => target.setWeights(weights.slice(1))).toThrow(/missing/);
    expect(() => target.setWeights([...weights, { ...weights[0], nodeId: 'ghost' }])).toThrow(/node 'ghost'/);
  });

  it('resets to fresh weights from a seed, with counters at zero', async () => {
    const graph = mlp({ hidden: [4], activation: 'relu' });
    const trainer = track(trainerFor(graph, { seed: 1 }));
    await trainer.step(10);
    trainer.reset(7);
    expect(trainer.counters.step).toBe(0);
    expect(trainer.training.seed).toBe(7);
    const fresh = track(trainerFor(graph, { seed: 7 }));
    expect(await weightsOf(trainer)).toEqual(await weightsOf(fresh));
    expect(await lossesOverSteps(trainer, 3)).toEqual(await lossesOverSteps(fresh, 3));
  });

  it('takes new settings in place (penalty, batch size) and a new seed at the next reset', async () => {
    const graph = mlp({ hidden: [4], activation: 'relu' });
    const trainer = track(trainerFor(graph, { seed: 1, batchSize: 32 }));
    await trainer.step(2);
    const before = await weightsOf(trainer);
    trainer.updateTraining(trainingConfig({ seed: 12, batchSize: 16, l2: 0.01 }));
    expect(await weightsOf(trainer)).toEqual(before);
    expect((await trainer.evaluate()).penalty).toBeGreaterThan(0);
    expect(trainer.counters).toMatchObject({ epoch: 1, batchInEpoch: 0, batchesPerEpoch: 10 });
    expect(trainer.training.seed).toBe(1);
    trainer.reset();
    expect(trainer.training.seed).toBe(12);
    expect(await weightsOf(trainer)).toEqual(await weightsOf(track(trainerFor(graph, { seed: 12 }))));
  });

  it('refuses a graph that cannot be trained, listing every problem', () => {
    const b = new GraphBuilder();
    b.add('output', {}, [b.add('dense', { units: 3 }, [b.add('input')])]);
    expect(() => trainerFor(b.build())).toThrow(/cannot be trained until .*\n- Node/s);
  });
});
