// The hand-written backward pass against tfjs autodiff, element by element: for every node kind the
// fast engine runs, every loss head (BCE/CCE from logits or from probabilities, MSE) and L1/L2
// penalties, the loss and each weight's gradient agree to 1e-4 (float32 rounding).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { binaryCrossentropy, categoricalCrossentropy } from '../losses';
import { expectCloseArrays } from '../test-support/compare';
import { bothGradients, everyKind, expectAgreement } from '../test-support/fast-gradients';
import { GraphBuilder } from '../test-support/graphs';
import { headLoss } from './loss';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('fast backward pass = tfjs autodiff', () => {
  it('BCE from logits under a final Sigmoid, through every node kind and activation, with L1/L2', () => {
    expectAgreement(bothGradients(everyKind(1, ['sigmoid'], 'binaryCrossentropy'), {}));
  });

  it('CCE from logits under a final Softmax (3 classes)', () => {
    expectAgreement(bothGradients(everyKind(3, ['softmax'], 'categoricalCrossentropy'), { kind: 'blobs', classes: 3 }));
  });

  it('MSE of a regression read straight off a Linear, with ELU α = 1', () => {
    const b = new GraphBuilder();
    const h = b.add('activation', { activation: 'elu', alpha: 1 }, [
      b.add('dense', { units: 6 }, [b.add('input', { features: ['x1'] })]),
    ]);
    b.add('output', { loss: 'meanSquaredError' }, [b.add('dense', { units: 1 }, [h])]);
    expectAgreement(bothGradients(b.build(), { kind: 'sine', samples: 100 }));
  });
});

// BCE and CCE of probabilities are only reached with a Dropout after the final activation (which
// only tfjs trains), so the formulas are checked on their own against tfjs's gradients.
describe('loss heads on probabilities = tfjs autodiff', () => {
  const probabilities = new Float32Array([0.3, 1e-9, 0.999999999, 0.5, 0.05, 0.45]);
  const labels = new Float32Array([1, 0, 1, 0, 0, 1]);

  it.each([
    ['bce', 6, 1, (y: tf.Tensor, p: tf.Tensor) => binaryCrossentropy(y, p)],
    ['cce', 2, 3, (y: tf.Tensor, p: tf.Tensor) => categoricalCrossentropy(y, p)],
  ] as const)('%s: loss and gradient, clipped values included', (kind, rows, width, reference) => {
    const grad = new Float32Array(rows * width);
    const loss = headLoss(kind, probabilities, labels, rows, width, grad);
    const expected = tf.tidy(() => {
      const y = tf.tensor2d(labels, [rows, width]);
      const { value, grad: g } = tf.valueAndGrad((p: tf.Tensor) => reference(y, p))(
        tf.tensor2d(probabilities, [rows, width]),
      );
      return { loss: value.dataSync()[0], grad: g.dataSync() as Float32Array };
    });
    expect(Math.abs(loss - expected.loss)).toBeLessThanOrEqual(1e-4 * Math.abs(expected.loss));
    expect(Array.from(grad, (v, i) => v === 0 && expected.grad[i] === 0)).toContain(true);
    expectCloseArrays(grad, expected.grad, kind);
  });
});
