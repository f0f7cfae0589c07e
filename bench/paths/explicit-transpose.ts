import * as tf from '@tensorflow/tfjs';
import type { NetworkSpec } from '../network';
import { datasetLoss, tfjsLoss } from '../tfjs-network';
import { createStepLoop } from './step-loop';
import type { BenchPath, RunSetup, TrainingRunner } from './types';

type Dense = (x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor) => tf.Tensor;

/**
 * x·W + b whose gradient multiplies by explicitly transposed tensors (dx = dy·transpose(W),
 * dW = transpose(x)·dy) instead of passing matMul's transpose flags: tfjs's own matMul gradient
 * uses the flags, and the WASM backend runs flagged products on a slower path.
 */
const denseHidden: Dense = tf.customGrad((...args) => {
  const [x, kernel, bias, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
  save([x, kernel]);
  return {
    value: tf.add(tf.matMul(x, kernel), bias),
    gradFunc: (dy, [xs, ks]) => [
      tf.matMul(dy as tf.Tensor2D, tf.transpose(ks as tf.Tensor2D)),
      tf.matMul(tf.transpose(xs as tf.Tensor2D), dy as tf.Tensor2D),
      tf.sum(dy, 0),
    ],
  };
});

/** The first layer needs no gradient for its input (the data), so it skips dy·Wᵀ, as tfjs's lazy gradients do. */
function denseFirst(x: tf.Tensor2D, kernel: tf.Tensor, bias: tf.Tensor): tf.Tensor {
  const layer = tf.customGrad((...args) => {
    const [k, b] = args as [tf.Tensor2D, tf.Tensor1D];
    return {
      value: tf.add(tf.matMul(x, k), b),
      gradFunc: (dy) => [tf.matMul(tf.transpose(x), dy as tf.Tensor2D), tf.sum(dy, 0)],
    };
  });
  return layer(kernel, bias);
}

function activation(name: NetworkSpec['hidden'] | NetworkSpec['output'], z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'softmax':
      return tf.softmax(z);
  }
}

/** Path (d): raw tf.Variables and a hand-made dense op whose backward pass transposes explicitly; same loop as (c). */
export const explicitTransposePath: BenchPath = {
  id: 'explicit-transpose',
  description: 'raw tf.Variables, dense op with explicit tf.transpose in its gradient (no matMul transpose flags)',
  usesTfjs: true,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    const spec = workload.network;
    const last = spec.sizes.length - 2;
    // tidy frees the temporary tensors the variables are made from; it never disposes variables.
    const kernels = weights.kernels.map((k, l) =>
      tf.tidy(() => tf.variable(tf.tensor2d(k, [spec.sizes[l], spec.sizes[l + 1]]))),
    );
    const biases = weights.biases.map((b) => tf.tidy(() => tf.variable(tf.tensor1d(b))));
    const variables = [...kernels, ...biases];
    const predict = (input: tf.Tensor2D): tf.Tensor => {
      let h: tf.Tensor = input;
      for (let l = 0; l <= last; l++) {
        const z = l === 0 ? denseFirst(input, kernels[0], biases[0]) : denseHidden(h, kernels[l], biases[l]);
        h = activation(l === last ? spec.output : spec.hidden, z);
      }
      return h;
    };
    const optimizer = tf.train.sgd(workload.learningRate);
    const loss = tfjsLoss(spec);
    const x = tf.tensor2d(data.x, [data.n, data.inputWidth]);
    const y = tf.tensor2d(data.y, [data.n, data.outputWidth]);
    const train = createStepLoop(
      data.n,
      workload.batchSize,
      (row, rows) =>
        tf.tidy(() => {
          const xb = tf.slice(x, [row, 0], [rows, data.inputWidth]);
          const yb = tf.slice(y, [row, 0], [rows, data.outputWidth]);
          const { value, grads } = tf.variableGrads(() => loss(yb, predict(xb)), variables);
          optimizer.applyGradients(grads);
          return value;
        }),
      () => biases[last],
    );
    return {
      train,
      evaluateLoss: () => datasetLoss(spec, predict, x, y),
      dispose: () => {
        optimizer.dispose();
        tf.dispose([x, y, ...variables]);
      },
    };
  },
};
