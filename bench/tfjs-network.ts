import * as tf from '@tensorflow/tfjs';
import type { InitialWeights, NetworkSpec } from './network';

/** The loss of a network as tfjs-layers defines it: mean binary or categorical cross-entropy over the batch. */
export function tfjsLoss(spec: NetworkSpec): (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar {
  const perSample = spec.output === 'softmax' ? tf.metrics.categoricalCrossentropy : tf.metrics.binaryCrossentropy;
  return (yTrue, yPred) => tf.mean(perSample(yTrue, yPred)) as tf.Scalar;
}

/** The loss name model.compile takes for the network's output. */
export function tfjsLossName(spec: NetworkSpec): string {
  return spec.output === 'softmax' ? 'categoricalCrossentropy' : 'binaryCrossentropy';
}

/** Builds the network as a tf.Sequential of Dense layers with activations fused in, and loads the shared starting weights. */
export function buildSequential(spec: NetworkSpec, weights: InitialWeights): tf.Sequential {
  const model = tf.sequential();
  const last = spec.sizes.length - 2;
  for (let l = 0; l <= last; l++) {
    model.add(
      tf.layers.dense({
        units: spec.sizes[l + 1],
        activation: l === last ? spec.output : spec.hidden,
        inputShape: l === 0 ? [spec.sizes[0]] : undefined,
      }),
    );
  }
  const values = model.layers.flatMap((_, l) => [
    tf.tensor2d(weights.kernels[l], [spec.sizes[l], spec.sizes[l + 1]]),
    tf.tensor1d(weights.biases[l]),
  ]);
  model.setWeights(values);
  tf.dispose(values);
  return model;
}

/** Mean loss over the full data set, computed by tfjs in one forward pass. */
export async function datasetLoss(
  spec: NetworkSpec,
  predict: (x: tf.Tensor2D) => tf.Tensor,
  x: tf.Tensor2D,
  y: tf.Tensor2D,
): Promise<number> {
  const loss = tf.tidy(() => tfjsLoss(spec)(y, predict(x)));
  const value = (await loss.data())[0];
  loss.dispose();
  return value;
}
