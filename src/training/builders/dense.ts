import * as tf from '../tf';
import { initializerSeed } from '../seeds';
import { toTfInitializer } from './initializers';
import type { NodeBuilder } from './types';

/**
 * Linear → one tfjs Dense layer y = xW + b with no activation (activations are their own nodes).
 * L1/L2 are NOT attached as kernelRegularizer: a custom loop never applies model.losses, so the
 * trainer adds the penalty to the loss itself (see objective.ts).
 */
export const buildDense: NodeBuilder<'dense'> = (node, inputs, context) => {
  const { units, useBias, kernelInitializer, biasInitializer } = node.params;
  const fanIn = inputs[0].shape[inputs[0].shape.length - 1] ?? 1;
  const layer = tf.layers.dense({
    units,
    useBias,
    activation: 'linear',
    kernelInitializer: toTfInitializer(
      kernelInitializer,
      initializerSeed(context.trainingSeed, context.topologicalIndex, 'kernel'),
      [fanIn, units],
    ),
    biasInitializer: toTfInitializer(
      biasInitializer,
      initializerSeed(context.trainingSeed, context.topologicalIndex, 'bias'),
      [units],
    ),
    name: context.layerName(),
  });
  return { output: layer.apply(inputs[0]) as tf.SymbolicTensor, layers: [layer] };
};
