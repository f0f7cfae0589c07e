import * as tf from '../tf';
import type { NodeBuilder } from './types';

/** Input → a tfjs input of the data's width (the Input node's plane features or table columns, already applied by the data module). */
export const buildInput: NodeBuilder<'input'> = (_node, _inputs, context) => {
  const output = tf.input({ shape: [context.inputWidth], name: context.layerName(), dtype: 'float32' });
  // The InputLayer is reachable through the tensor's history; it holds no weights.
  return { output, layers: [output.sourceLayer as tf.layers.Layer] };
};
