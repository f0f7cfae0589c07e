/**
 * The document model of a network: nodes, edges and their parameters. Plain data only, so that
 * it can be saved, diffed, undone and validated without a tensor library.
 */

/** Every kind of node the canvas offers. */
export type NodeKind = 'input' | 'dense' | 'activation' | 'dropout' | 'batchNorm' | 'add' | 'concat' | 'output';

/** Features an Input node can derive from a 2-D point (x1, x2), as in the classic playground. */
export type PlaneFeature = 'x1' | 'x2' | 'x1Squared' | 'x2Squared' | 'x1x2' | 'sinX1' | 'sinX2';

/** Element-wise activations (softmax works across the feature axis). */
export type ActivationName =
  | 'sigmoid'
  | 'tanh'
  | 'relu'
  | 'leakyRelu'
  | 'elu'
  | 'softplus'
  | 'gelu'
  | 'linear'
  | 'softmax';

/** Weight initialisers, named as tfjs names them. */
export type InitializerName =
  | 'zeros'
  | 'ones'
  | 'randomNormal'
  | 'randomUniform'
  | 'glorotUniform'
  | 'glorotNormal'
  | 'heNormal'
  | 'heUniform'
  | 'leCunNormal'
  | 'leCunUniform';

/** An initialiser with its parameters; `stddev` is read by randomNormal, `limit` (±) by randomUniform. */
export interface Initializer {
  name: InitializerName;
  stddev: number;
  limit: number;
}

/** Losses, named as tfjs names them. */
export type LossName = 'binaryCrossentropy' | 'categoricalCrossentropy' | 'meanSquaredError';

/** Input: either derived plane features of a 2-D dataset, or the raw columns of a table. */
export interface InputParams {
  source: 'plane' | 'table';
  /** Used when source is 'plane'; the width is features.length. */
  features: PlaneFeature[];
  /** Used when source is 'table'; the width is this number of columns. */
  columns: number;
}

/** A fully connected layer y = xW + b, with optional L1/L2 penalties on W. */
export interface DenseParams {
  units: number;
  useBias: boolean;
  kernelInitializer: Initializer;
  biasInitializer: Initializer;
  l1: number;
  l2: number;
}

/** An activation; `alpha` is the negative slope of leakyRelu and the scale of elu. */
export interface ActivationParams {
  activation: ActivationName;
  alpha: number;
}

/** Dropout with the probability `rate` of zeroing a unit during training. */
export interface DropoutParams {
  rate: number;
}

/** Batch normalisation over the batch axis. */
export interface BatchNormParams {
  momentum: number;
  epsilon: number;
}

/** Element-wise sum of inputs of equal width (skip connections). */
export type AddParams = Record<string, never>;

/** Concatenation of inputs along the feature axis, in edge order. */
export type ConcatParams = Record<string, never>;

/** The network's output; it carries the loss the network is trained with. */
export interface OutputParams {
  loss: LossName;
}

/** Parameters of each kind of node. */
export interface ParamsByKind {
  input: InputParams;
  dense: DenseParams;
  activation: ActivationParams;
  dropout: DropoutParams;
  batchNorm: BatchNormParams;
  add: AddParams;
  concat: ConcatParams;
  output: OutputParams;
}

/** A point on the canvas. */
export interface Position {
  x: number;
  y: number;
}

/** A node of one given kind. */
export interface NodeOf<K extends NodeKind> {
  /** Stable id; tfjs layer and weight names are derived from it. */
  id: string;
  kind: K;
  /** The name a person reads ("Linear 2"); unique names are not required. */
  name: string;
  position: Position;
  params: ParamsByKind[K];
}

/** A node of any kind, discriminated by `kind`. */
export type GraphNode = { [K in NodeKind]: NodeOf<K> }[NodeKind];

/**
 * A directed edge carrying the source's output into the target. Inputs of Add/Concat are ordered as their edges
 * appear in `Graph.edges`.
 */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

/**
 * Identical consecutive layers shown as one card ("8 × [Linear 16 → Sigmoid]") when collapsed. The
 * graph keeps every real node and edge (training, gradients and charts see each layer); a group
 * only changes how the canvas draws them.
 */
export interface LayerGroup {
  id: string;
  /** The grouped nodes in data-flow order: `repeats` equal blocks, one after another, forming a chain. */
  nodeIds: string[];
  repeats: number;
  collapsed: boolean;
}

/** A network: nodes and edges, and optionally groups of repeated layers (a view of them, not more layers). */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups?: LayerGroup[];
}
