/** The shape every node-kind builder shares: a graph node and its symbolic inputs in, named tfjs layers out. */
import type * as tf from '../tf';
import type { NodeKind, NodeOf } from '../../graph/types';

/** What a builder may know beyond its node: seeds, the input width and how to name its layers. */
export interface BuildContext {
  trainingSeed: number;
  /** The node's position in topological order; initialiser seeds derive from it. */
  topologicalIndex: number;
  /** Width of the data fed to the Input node. */
  inputWidth: number;
  /** A unique, tfjs-valid layer name for this node (its id when possible), plus an optional suffix. */
  layerName(suffix?: string): string;
}

/** The result of building one node: the tensor it outputs and the layers it created, in order. */
export interface BuiltNode {
  output: tf.SymbolicTensor;
  layers: tf.layers.Layer[];
}

/** Builds one kind of node. */
export type NodeBuilder<K extends NodeKind> = (
  node: NodeOf<K>,
  inputs: tf.SymbolicTensor[],
  context: BuildContext,
) => BuiltNode;
