/** Code export: PyTorch and Keras scripts that reproduce a project's network, data and training settings. */
export { toPyTorch, isSequential } from './pytorch';
export { toKeras } from './keras';
export { ExportError, planNetwork, type ExportProject, type NetworkPlan, type PlannedNode } from './network-plan';
export { expectedWeights } from './expected-weights';
export type { GeneratedScript } from './types';
export { notebookProblem, previewOf, toNotebook } from './notebook/index';
export type { NotebookFlavour } from './notebook/index';
