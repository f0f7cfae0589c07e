import type { GraphNode, NodeKind } from '../graph/types';
import { activationSpec } from './activation';
import { addSpec } from './add';
import { batchNormSpec } from './batch-norm';
import { concatSpec } from './concat';
import { denseSpec } from './dense';
import { dropoutSpec } from './dropout';
import { inputSpec } from './input';
import { outputSpec } from './output';
import type { LayerSpec } from './types';

/** The spec of every node kind, in palette order. */
export const LAYER_SPECS: { [K in NodeKind]: LayerSpec<K> } = {
  input: inputSpec,
  dense: denseSpec,
  activation: activationSpec,
  dropout: dropoutSpec,
  batchNorm: batchNormSpec,
  add: addSpec,
  concat: concatSpec,
  output: outputSpec,
};

/** The spec of one node kind. */
export function layerSpec<K extends NodeKind>(kind: K): LayerSpec<K> {
  return LAYER_SPECS[kind];
}

/** The spec of a node's kind, typed loosely enough to be called with the node's own params. */
export function specOf(node: GraphNode): LayerSpec {
  return LAYER_SPECS[node.kind] as LayerSpec;
}

/** The key parameter line a canvas node shows under its name, e.g. "8 units · glorotUniform", "relu", "rate 0.2", "BCE". */
export function nodeSummary(node: GraphNode): string {
  return specOf(node).describe(node.params);
}

export type { LayerSpec, ParamField, ParamFieldType, ParamOption, WidthResult } from './types';
export { ACTIVATIONS, ALPHA_RANGE, type ActivationInfo } from './activation';
export { EPSILON_RANGE, MOMENTUM_RANGE } from './batch-norm';
export { PENALTY_RANGE, UNITS_RANGE } from './dense';
export { RATE_RANGE } from './dropout';
export {
  INITIALIZERS,
  INITIALIZER_OPTIONS,
  INITIALIZER_SCALE_RANGE,
  describeInitializer,
  initializer,
} from './initializers';
export { MAX_INPUT_COLUMNS, PLANE_FEATURES } from './input';
export { LOSSES } from './output';
