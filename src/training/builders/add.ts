import * as tf from '../tf';
import type { NodeBuilder } from './types';

/** Add → element-wise sum of its inputs (a single input passes through unchanged, as tfjs's Add needs two). */
export const buildAdd: NodeBuilder<'add'> = (_node, inputs, context) => {
  if (inputs.length === 1) return { output: inputs[0], layers: [] };
  const layer = tf.layers.add({ name: context.layerName() });
  return { output: layer.apply(inputs) as tf.SymbolicTensor, layers: [layer] };
};
