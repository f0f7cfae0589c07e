import * as tf from '../tf';
import type { ActivationParams } from '../../graph/types';
import { GeluLayer, ScaledEluLayer } from '../custom-layers';
import type { NodeBuilder } from './types';

/** The tfjs layer computing one activation: stock layers where tfjs has them, our own for GELU and ELU with α ≠ 1. */
export function activationLayer(params: ActivationParams, name: string): tf.layers.Layer {
  switch (params.activation) {
    case 'sigmoid':
    case 'tanh':
    case 'relu':
    case 'softplus':
    case 'linear':
    case 'softmax':
      return tf.layers.activation({ activation: params.activation, name });
    case 'leakyRelu':
      return tf.layers.leakyReLU({ alpha: params.alpha, name });
    case 'elu':
      return params.alpha === 1 ? tf.layers.elu({ alpha: 1, name }) : new ScaledEluLayer({ alpha: params.alpha, name });
    case 'gelu':
      return new GeluLayer({ name });
    default: {
      const unknown: never = params.activation;
      throw new Error(
        `Unknown activation '${String(unknown)}'. Pick one of relu, sigmoid, tanh, leakyRelu, elu, softplus, gelu, linear, softmax.`,
      );
    }
  }
}

/** Activation → one layer applying f element-wise (softmax across the features). */
export const buildActivation: NodeBuilder<'activation'> = (node, inputs, context) => {
  const layer = activationLayer(node.params, context.layerName());
  return { output: layer.apply(inputs[0]) as tf.SymbolicTensor, layers: [layer] };
};
