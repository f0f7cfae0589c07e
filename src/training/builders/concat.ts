import * as tf from '../tf';
import type { NodeBuilder } from './types';

/** Concat → its inputs joined along the feature axis in edge order (a single input passes through). */
export const buildConcat: NodeBuilder<'concat'> = (_node, inputs, context) => {
  if (inputs.length === 1) return { output: inputs[0], layers: [] };
  const layer = tf.layers.concatenate({ axis: -1, name: context.layerName() });
  return { output: layer.apply(inputs) as tf.SymbolicTensor, layers: [layer] };
};
