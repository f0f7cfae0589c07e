import * as tf from '../tf';
import type { NodeBuilder } from './types';

/**
 * BatchNorm → tfjs BatchNormalization over the feature axis: in training y = γ(x − μ_B)/√(σ²_B + ε) + β
 * with the batch's biased variance, and moving averages m ← momentum·m + (1 − momentum)·batch value.
 */
export const buildBatchNorm: NodeBuilder<'batchNorm'> = (node, inputs, context) => {
  const layer = tf.layers.batchNormalization({
    axis: -1,
    momentum: node.params.momentum,
    epsilon: node.params.epsilon,
    name: context.layerName(),
  });
  return { output: layer.apply(inputs[0]) as tf.SymbolicTensor, layers: [layer] };
};
