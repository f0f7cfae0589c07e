import * as tf from '@tensorflow/tfjs';
import { buildSequential, datasetLoss, tfjsLoss } from '../tfjs-network';
import { createStepLoop } from './step-loop';
import type { BenchPath, RunSetup, TrainingRunner } from './types';

/** Path (c): the same tf.Sequential trained by hand with tf.variableGrads + optimizer.applyGradients inside tf.tidy. */
export const customLoopPath: BenchPath = {
  id: 'custom-loop',
  description: 'tf.Sequential, tf.variableGrads + sgd.applyGradients in tf.tidy',
  usesTfjs: true,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    const spec = workload.network;
    const model = buildSequential(spec, weights);
    const optimizer = tf.train.sgd(workload.learningRate);
    const loss = tfjsLoss(spec);
    const x = tf.tensor2d(data.x, [data.n, data.inputWidth]);
    const y = tf.tensor2d(data.y, [data.n, data.outputWidth]);
    const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const train = createStepLoop(
      data.n,
      workload.batchSize,
      (row, rows) =>
        tf.tidy(() => {
          const xb = tf.slice(x, [row, 0], [rows, data.inputWidth]);
          const yb = tf.slice(y, [row, 0], [rows, data.outputWidth]);
          const { value, grads } = tf.variableGrads(
            () => loss(yb, model.apply(xb, { training: true }) as tf.Tensor),
            variables,
          );
          optimizer.applyGradients(grads);
          return value;
        }),
      () => variables[variables.length - 1],
    );
    return {
      train,
      evaluateLoss: () => datasetLoss(spec, (input) => model.predict(input) as tf.Tensor, x, y),
      dispose: () => {
        model.dispose();
        optimizer.dispose();
        tf.dispose([x, y]);
      },
    };
  },
};
