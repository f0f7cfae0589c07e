import type * as tf from '../tf';
import { SeededDropoutLayer } from '../custom-layers';
import type { NodeBuilder } from './types';

/** Dropout → a seeded inverted-dropout layer (active only when called with training: true). */
export const buildDropout: NodeBuilder<'dropout'> = (node, inputs, context) => {
  const layer = new SeededDropoutLayer({ rate: node.params.rate, name: context.layerName() });
  return { output: layer.apply(inputs[0]) as tf.SymbolicTensor, layers: [layer] };
};
