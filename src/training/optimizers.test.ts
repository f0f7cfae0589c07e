// Optimizers follow their update rules, and a learning-rate change takes effect on the next step
// without losing the optimizer's state (moments, accumulators).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMIZER, type OptimizerConfig, type OptimizerName } from './config';
import { createOptimizer, disposeOptimizer, learningRateOf, setLearningRate } from './optimizers';

const G = 0.5; // the constant gradient of f(w) = G·w
const W0 = 1;
const LR1 = 0.1;
const LR2 = 0.03;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs one step at LR1, switches to LR2, runs a second step; returns w after each. */
async function twoSteps(config: OptimizerConfig): Promise<[number, number]> {
  const w = tf.tidy(() => tf.variable(tf.scalar(W0)));
  const optimizer = createOptimizer({ ...config, learningRate: LR1 });
  const step = () => optimizer.minimize(() => tf.mul(G, w) as tf.Scalar, false, [w]);
  step();
  const first = (await w.data())[0];
  setLearningRate(optimizer, LR2);
  expect(learningRateOf(optimizer)).toBe(LR2);
  step();
  const second = (await w.data())[0];
  disposeOptimizer(optimizer);
  w.dispose();
  return [first, second];
}

const config = (name: OptimizerName): OptimizerConfig => ({ ...DEFAULT_OPTIMIZER, name, momentum: 0.9, rho: 0.8 });
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 5);

describe('optimizers keep their state across a learning-rate change', () => {
  it('sgd: w ← w − η·g', async () => {
    const [w1, w2] = await twoSteps(config('sgd'));
    close(w1, W0 - LR1 * G);
    close(w2, w1 - LR2 * G);
  });

  it('momentum: v ← μ·v + g, w ← w − η·v', async () => {
    const [w1, w2] = await twoSteps(config('momentum'));
    close(w1, W0 - LR1 * G);
    close(w2, w1 - LR2 * (0.9 * G + G));
  });

  it('nesterov: v ← μ·v + g, w ← w − η·(g + μ·v)', async () => {
    const [w1, w2] = await twoSteps(config('nesterov'));
    close(w1, W0 - LR1 * (G + 0.9 * G));
    close(w2, w1 - LR2 * (G + 0.9 * (0.9 * G + G)));
  });

  it('adam: bias-corrected moments of a constant gradient give steps of η', async () => {
    const [w1, w2] = await twoSteps(config('adam'));
    close(w1, W0 - LR1 * (G / (G + 1e-7)));
    close(w2, w1 - LR2 * (G / (G + 1e-7)));
  });

  it('rmsprop: the mean square and the momentum carry over', async () => {
    const [w1, w2] = await twoSteps(config('rmsprop'));
    const eps = DEFAULT_OPTIMIZER.epsilon;
    const ms1 = 0.2 * G * G;
    const mom1 = (LR1 * G) / Math.sqrt(ms1 + eps);
    const ms2 = 0.8 * ms1 + 0.2 * G * G;
    const mom2 = 0.9 * mom1 + (LR2 * G) / Math.sqrt(ms2 + eps);
    close(w1, W0 - mom1);
    close(w2, w1 - mom2);
  });

  it('adagrad: the squared-gradient accumulator carries over', async () => {
    const [w1, w2] = await twoSteps(config('adagrad'));
    const a0 = DEFAULT_OPTIMIZER.initialAccumulatorValue;
    close(w1, W0 - (LR1 * G) / Math.sqrt(a0 + G * G));
    close(w2, w1 - (LR2 * G) / Math.sqrt(a0 + 2 * G * G));
  });

  it('refuses unusable learning rates with the value and a fix', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createOptimizer({ ...DEFAULT_OPTIMIZER, learningRate: bad })).toThrow(
        /Learning rate .* must be a number above 0/,
      );
    }
    expect(() => createOptimizer({ ...DEFAULT_OPTIMIZER, name: 'momentum', momentum: 1.5 })).toThrow(/momentum 1.5/);
  });

  it('frees every tensor of every optimizer, state included', () => {
    const before = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.ones([3])));
    for (const name of ['sgd', 'momentum', 'adam', 'rmsprop', 'adagrad'] as const) {
      const optimizer = createOptimizer(config(name));
      optimizer.minimize(() => tf.sum(tf.square(w)) as tf.Scalar, false, [w]);
      setLearningRate(optimizer, 0.2);
      disposeOptimizer(optimizer);
    }
    w.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
