// Every loss against its float64 formula and hand-derived derivative, in both forms the engine uses.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../data/rng';
import {
  binaryCrossentropy,
  binaryCrossentropyFromLogits,
  categoricalCrossentropy,
  categoricalCrossentropyFromLogits,
  lossFunction,
  meanSquaredError,
  type LossFunction,
} from './losses';
import { expectCloseArrays } from './test-support/compare';
import { mat, referenceLoss } from './test-support/reference-mlp';

const ROWS = 6;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The loss value and ∂L/∂input from tfjs. */
async function lossAndGrad(fn: LossFunction, targets: number[], input: number[], width: number) {
  const y = tf.tensor2d(targets, [ROWS, width]);
  const x = tf.tensor2d(input, [ROWS, width]);
  const { value, grad } = tf.valueAndGrad((v: tf.Tensor) => fn(y, v))(x);
  const result = { value: (await value.data())[0], grad: await grad.data() };
  tf.dispose([x, y, value, grad]);
  return result;
}

function randomValues(count: number, seed: number, map: (z: number) => number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => map(rng.normal() * 2));
}

describe('losses', () => {
  const labels = randomValues(ROWS * 2, 3, (z) => (z > 0 ? 1 : 0));

  it('binary cross-entropy of probabilities: value and gradient', async () => {
    const p = randomValues(ROWS * 2, 4, sigmoid);
    const ref = referenceLoss('binaryCrossentropy', mat(ROWS, 2, p), mat(ROWS, 2, labels));
    const got = await lossAndGrad(binaryCrossentropy, labels, p, 2);
    expectCloseArrays([got.value], [ref.value], 'BCE');
    expectCloseArrays(got.grad, ref.grad.data, '∂BCE/∂p');
  });

  it('binary cross-entropy of logits: the same value, and gradient (σ(z) − y)/(n·k)', async () => {
    const z = randomValues(ROWS * 2, 5, (v) => v);
    const ref = referenceLoss('binaryCrossentropy', mat(ROWS, 2, z.map(sigmoid)), mat(ROWS, 2, labels));
    const got = await lossAndGrad(binaryCrossentropyFromLogits, labels, z, 2);
    expectCloseArrays([got.value], [ref.value], 'BCE(logits)');
    expectCloseArrays(
      got.grad,
      z.map((v, i) => (sigmoid(v) - labels[i]) / (ROWS * 2)),
      '∂BCE/∂z',
    );
  });

  it('binary cross-entropy of logits stays finite and exact where probabilities round to 0 or 1', async () => {
    const got = await lossAndGrad(binaryCrossentropyFromLogits, [1, 0, 1, 0, 1, 0], [-120, 120, 80, -80, 0, 0], 1);
    // Each wrong-side logit of size |z| costs |z| nats; the right-side ones ~e^−80 ≈ 0; z = 0 costs ln 2.
    expectCloseArrays([got.value], [(120 + 120 + 2 * Math.log(2)) / 6], 'BCE(extreme logits)');
    expectCloseArrays(
      got.grad,
      [-1, 1, 0, 0, -0.5, 0.5].map((g) => g / 6),
      '∂BCE/∂z at extremes',
    );
  });

  it('binary cross-entropy of probabilities clips 0 and 1 to stay finite', async () => {
    const got = await lossAndGrad(binaryCrossentropy, [1, 0, 1, 0, 1, 0], [0, 1, 1, 0, 0.5, 0.5], 1);
    expect(Number.isFinite(got.value)).toBe(true);
    // The clip bounds as float32 holds them: ε and 1 − ε rounded (1 − ε becomes 1 − 1.19e-7).
    const low = Math.fround(1e-7);
    const high = Math.fround(1 - 1e-7);
    const expected = -(Math.log(low) + Math.log(1 - high) + Math.log(high) + Math.log(1 - low) + 2 * Math.log(0.5)) / 6;
    expectCloseArrays([got.value], [expected], 'clipped BCE');
  });

  const oneHot = randomValues(ROWS, 6, (z) => Math.min(2, Math.floor(Math.abs(z)))).flatMap((c) =>
    [0, 1, 2].map((k) => (k === c ? 1 : 0)),
  );
  const softmaxRows = (z: number[]) =>
    z.map((_, i) => {
      const row = Math.floor(i / 3);
      const values = z.slice(row * 3, row * 3 + 3);
      return Math.exp(z[i]) / values.reduce((s, v) => s + Math.exp(v), 0);
    });

  it('categorical cross-entropy of probabilities: value and gradient', async () => {
    const p = softmaxRows(randomValues(ROWS * 3, 7, (v) => v));
    const ref = referenceLoss('categoricalCrossentropy', mat(ROWS, 3, p), mat(ROWS, 3, oneHot));
    const got = await lossAndGrad(categoricalCrossentropy, oneHot, p, 3);
    expectCloseArrays([got.value], [ref.value], 'CCE');
    expectCloseArrays(got.grad, ref.grad.data, '∂CCE/∂p');
  });

  it('categorical cross-entropy of logits: the same value, and gradient (softmax(z) − y)/n', async () => {
    const z = randomValues(ROWS * 3, 8, (v) => v);
    const p = softmaxRows(z);
    const ref = referenceLoss('categoricalCrossentropy', mat(ROWS, 3, p), mat(ROWS, 3, oneHot));
    const got = await lossAndGrad(categoricalCrossentropyFromLogits, oneHot, z, 3);
    expectCloseArrays([got.value], [ref.value], 'CCE(logits)');
    expectCloseArrays(
      got.grad,
      p.map((v, i) => (v - oneHot[i]) / ROWS),
      '∂CCE/∂z',
    );
  });

  it('mean squared error: value and gradient 2(ŷ − y)/(n·k)', async () => {
    const targets = randomValues(ROWS * 2, 9, (v) => v);
    const predictions = randomValues(ROWS * 2, 10, (v) => v);
    const ref = referenceLoss('meanSquaredError', mat(ROWS, 2, predictions), mat(ROWS, 2, targets));
    const got = await lossAndGrad(meanSquaredError, targets, predictions, 2);
    expectCloseArrays([got.value], [ref.value], 'MSE');
    expectCloseArrays(got.grad, ref.grad.data, '∂MSE/∂ŷ');
  });

  it('picks the logits form only when the head is logits', () => {
    expect(lossFunction('binaryCrossentropy', { kind: 'logits', activation: 'sigmoid' })).toBe(
      binaryCrossentropyFromLogits,
    );
    expect(lossFunction('binaryCrossentropy', { kind: 'prediction' })).toBe(binaryCrossentropy);
    expect(lossFunction('categoricalCrossentropy', { kind: 'logits', activation: 'softmax' })).toBe(
      categoricalCrossentropyFromLogits,
    );
    expect(lossFunction('categoricalCrossentropy', { kind: 'prediction' })).toBe(categoricalCrossentropy);
    expect(lossFunction('meanSquaredError', { kind: 'prediction' })).toBe(meanSquaredError);
  });
});
