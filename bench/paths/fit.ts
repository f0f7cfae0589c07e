import * as tf from '@tensorflow/tfjs';
import { buildSequential, datasetLoss, tfjsLossName } from '../tfjs-network';
import type { BenchPath, RunSetup, TrainingRunner } from './types';

/** Path (b): plain `model.fit`, in whole epochs, unshuffled so it walks the same batches as every other path. */
export const fitPath: BenchPath = {
  id: 'fit',
  description: 'tf.Sequential + model.fit (whole epochs, shuffle off, verbose 0)',
  usesTfjs: true,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    const spec = workload.network;
    const model = buildSequential(spec, weights);
    const optimizer = tf.train.sgd(workload.learningRate);
    model.compile({ optimizer, loss: tfjsLossName(spec) });
    const x = tf.tensor2d(data.x, [data.n, data.inputWidth]);
    const y = tf.tensor2d(data.y, [data.n, data.outputWidth]);
    const perEpoch = Math.ceil(data.n / workload.batchSize);
    const lastBias = model.layers[model.layers.length - 1].getWeights()[1];
    return {
      train: async (steps) => {
        const epochs = Math.ceil(steps / perEpoch);
        // fit reads the loss back itself once per epoch (its History); only the final sync is ours.
        await model.fit(x, y, { batchSize: workload.batchSize, epochs, shuffle: false, verbose: 0 });
        await lastBias.data();
        return epochs * perEpoch;
      },
      evaluateLoss: () => datasetLoss(spec, (input) => model.predict(input) as tf.Tensor, x, y),
      dispose: () => {
        model.dispose();
        optimizer.dispose();
        tf.dispose([x, y]);
      },
    };
  },
};
