/** The graph model's public API: types, topology, operations, validation and shape inference. */
export type * from './types';
export { findNode, inputsOf, outputsOf, topologicalOrder } from './topology';
export {
  addNode,
  connectNodes,
  createNode,
  disconnectEdges,
  duplicateNodes,
  isValidConnection,
  moveNodes,
  removeNodes,
  renameNode,
  updateParams,
  type ConnectionCheck,
  type DuplicateResult,
} from './operations';
export { isAutoName, nameLabel, nextEdgeId, nextNodeId, nextNodeName, nodeNameLabel } from './naming';
export { findCycles, reachable } from './paths';
export {
  checkGroup,
  findRepeat,
  groupLabel,
  groupOf,
  layerSignature,
  orderChain,
  pruneGroups,
  type Repeat,
} from './groups';
export { activeSubgraph, isTrainable, validateGraph, type GraphIssue, type ValidationContext } from './validate';
export { inferShapes, paramCounts, totalParams, trainableParamCounts, trainableParams, type NodeShape } from './shapes';
export {
  batchRowsOf,
  checkBudget,
  defaultBudget,
  multiplyAddsPerSample,
  RESOURCE_BUDGETS,
  type ResourceBudget,
} from './budget';
export * as graphOperations from './operations';
export { connectTargets, screenOrder } from './screen-order';
