import type { NodeBuilder } from './types';

/** Output → no layer: the model's prediction is the tensor the Output node receives; its loss is applied by the trainer. */
export const buildOutput: NodeBuilder<'output'> = (_node, inputs) => ({ output: inputs[0], layers: [] });
