/** One builder per node kind, looked up by kind. */
import type * as tf from '../tf';
import type { GraphNode, NodeKind } from '../../graph/types';
import { buildActivation } from './activation';
import { buildAdd } from './add';
import { buildBatchNorm } from './batch-norm';
import { buildConcat } from './concat';
import { buildDense } from './dense';
import { buildDropout } from './dropout';
import { buildInput } from './input';
import { buildOutput } from './output';
import type { BuildContext, BuiltNode, NodeBuilder } from './types';

export type { BuildContext, BuiltNode, NodeBuilder } from './types';

const BUILDERS: { [K in NodeKind]: NodeBuilder<K> } = {
  input: buildInput,
  dense: buildDense,
  activation: buildActivation,
  dropout: buildDropout,
  batchNorm: buildBatchNorm,
  add: buildAdd,
  concat: buildConcat,
  output: buildOutput,
};

/** Builds the tfjs layers of one graph node from its symbolic inputs (in edge order). */
export function buildNode(node: GraphNode, inputs: tf.SymbolicTensor[], context: BuildContext): BuiltNode {
  const builder = BUILDERS[node.kind] as NodeBuilder<typeof node.kind>;
  return builder(node as never, inputs, context);
}
