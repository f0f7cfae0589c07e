/**
 * Graph → tfjs: validates a graph and builds it as a functional tf.LayersModel (DAGs included), with
 * every graph node mapped to named layers so that weights, gradients and activations trace back to
 * the node they belong to.
 */
import * as tf from './tf';
import type { Task } from '../data/types';
import { activeSubgraph, isTrainable, topologicalOrder, validateGraph, type GraphIssue } from '../graph/index';
import type { Graph, GraphNode, LossName, NodeOf } from '../graph/types';
import { buildNode } from './builders/index';
import { SeededDropoutLayer } from './custom-layers';
import { LayerNamer } from './layer-names';

/** What building a model needs besides the graph. */
export interface BuildOptions {
  /** Training seed; initialiser seeds derive from it and each node's topological position. */
  seed: number;
  /** Columns of the data (PreparedData.inputWidth); validated against the Input node when given. */
  inputWidth?: number;
  task?: Task;
  classes?: number;
  /** Rows of one training batch; when given, validation holds a step's multiply-adds to the resource budget. */
  batchRows?: number;
}

/** One weight tensor of the model, attributed to its graph node ('kernel', 'bias', 'gamma', 'beta', 'moving_mean', 'moving_variance'). */
export interface NodeWeight {
  nodeId: string;
  name: string;
  variable: tf.LayerVariable;
  trainable: boolean;
}

/**
 * Where the loss reads the prediction. For BCE after a Sigmoid and CCE after a Softmax the loss is
 * computed from the logits feeding that activation (stable: no log of a rounded-off 0); otherwise
 * from the prediction itself, clipped.
 */
export type LossHead = { kind: 'prediction' } | { kind: 'logits'; activation: 'sigmoid' | 'softmax' };

/** A graph built as tfjs models that share one set of layers. */
export interface CompiledModel {
  /** Input → the tensor the Output node receives: the model to predict with and to export. */
  model: tf.LayersModel;
  /** Input → [loss head, ...node outputs]: what the trainer runs; `outputIndex` says which output is which. */
  trainingModel: tf.LayersModel;
  /** Index in trainingModel's outputs of the loss head (0) and of each probed node's output. */
  outputIndex: { head: number; nodes: Map<string, number> };
  /** tfjs layer names of each graph node (empty for nodes that add no layer, like Output). */
  layersByNode: Map<string, string[]>;
  /** Ids of the built nodes in topological (input → output) order. */
  nodeOrder: string[];
  /** Ids of the Linear (dense) nodes in input → output order. */
  linearNodeIds: string[];
  /** The built part of the graph (nodes between the Input and the Output). */
  graph: Graph;
  loss: LossName;
  head: LossHead;
  inputWidth: number;
  outputWidth: number;
  /** Every weight, in node order then layer order. */
  weights: NodeWeight[];
  /** The weights the optimizer updates, same order. */
  trainableWeights: NodeWeight[];
  /** Dropout layers in node order; the trainer seeds their masks before every step. */
  dropoutLayers: SeededDropoutLayer[];
  /** Frees every weight of the model; safe to call twice. */
  dispose(): void;
}

/** Thrown when a graph cannot be built; `issues` holds the validation errors, `message` lists them for a person. */
export class ModelBuildError extends Error {
  constructor(readonly issues: GraphIssue[]) {
    super(
      `The network cannot be trained until ${issues.length === 1 ? 'this problem is' : `these ${issues.length} problems are`} fixed:\n` +
        issues.map((issue) => `- ${issue.message}`).join('\n'),
    );
    this.name = 'ModelBuildError';
  }
}

function inputWidthOf(node: NodeOf<'input'>): number {
  return node.params.source === 'plane' ? node.params.features.length : node.params.columns;
}

/** The loss head: the logits under a final Sigmoid (BCE) or Softmax (CCE), else the prediction. */
function chooseHead(
  graph: Graph,
  output: NodeOf<'output'>,
  tensors: Map<string, tf.SymbolicTensor>,
): { head: LossHead; tensor: tf.SymbolicTensor } {
  const prediction = tensors.get(output.id) as tf.SymbolicTensor;
  const feeder = graph.edges.find((e) => e.target === output.id);
  const last = graph.nodes.find((n) => n.id === feeder?.source);
  if (last?.kind === 'activation') {
    const fuse =
      (last.params.activation === 'sigmoid' && output.params.loss === 'binaryCrossentropy') ||
      (last.params.activation === 'softmax' && output.params.loss === 'categoricalCrossentropy');
    const logitsSource = graph.edges.find((e) => e.target === last.id)?.source;
    if (fuse && logitsSource && tensors.has(logitsSource)) {
      return {
        head: { kind: 'logits', activation: last.params.activation as 'sigmoid' | 'softmax' },
        tensor: tensors.get(logitsSource) as tf.SymbolicTensor,
      };
    }
  }
  return { head: { kind: 'prediction' }, tensor: prediction };
}

/**
 * Validates `graph` (throwing ModelBuildError with every error when it is not trainable) and builds
 * it: one tfjs input, the nodes in topological order, Add/Concat merging their inputs in edge
 * order. Side effect: creates the model's weight variables (free them with dispose()).
 */
export function buildModel(graph: Graph, options: BuildOptions): CompiledModel {
  // The resource budget is part of validation, so an oversized network is refused before any weight exists.
  const issues = validateGraph(graph, {
    inputWidth: options.inputWidth,
    task: options.task,
    classes: options.classes,
    batchRows: options.batchRows,
  });
  if (!isTrainable(issues)) throw new ModelBuildError(issues.filter((i) => i.severity === 'error'));
  const active = activeSubgraph(graph);
  const order = topologicalOrder(active).order;
  const input = order.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
  const output = order.find((n): n is NodeOf<'output'> => n.kind === 'output') as NodeOf<'output'>;
  const inputWidth = inputWidthOf(input);

  const namer = new LayerNamer();
  const tensors = new Map<string, tf.SymbolicTensor>();
  const layersByNode = new Map<string, string[]>();
  const layerOwners: { nodeId: string; layer: tf.layers.Layer }[] = [];
  order.forEach((node: GraphNode, topologicalIndex) => {
    const inputs = active.edges
      .filter((e) => e.target === node.id)
      .map((e) => tensors.get(e.source) as tf.SymbolicTensor);
    const built = buildNode(node, inputs, {
      trainingSeed: options.seed,
      topologicalIndex,
      inputWidth,
      layerName: (suffix) => namer.name(node.id, suffix),
    });
    tensors.set(node.id, built.output);
    layersByNode.set(
      node.id,
      built.layers.map((l) => l.name),
    );
    for (const layer of built.layers) layerOwners.push({ nodeId: node.id, layer });
  });

  const inputTensor = tensors.get(input.id) as tf.SymbolicTensor;
  const { head, tensor: headTensor } = chooseHead(active, output, tensors);
  // Each distinct tensor appears once among the outputs; pass-through nodes share their input's slot.
  const outputs: tf.SymbolicTensor[] = [headTensor];
  const nodeOutputIndex = new Map<string, number>();
  for (const node of order) {
    if (node.kind === 'input' || node.kind === 'output') continue;
    const tensor = tensors.get(node.id) as tf.SymbolicTensor;
    let index = outputs.indexOf(tensor);
    if (index < 0) index = outputs.push(tensor) - 1;
    nodeOutputIndex.set(node.id, index);
  }
  const model = tf.model({ inputs: inputTensor, outputs: tensors.get(output.id) as tf.SymbolicTensor });
  const trainingModel = tf.model({ inputs: inputTensor, outputs });

  const weights: NodeWeight[] = layerOwners.flatMap(({ nodeId, layer }) =>
    layer.weights.map((variable) => ({
      nodeId,
      name: variable.originalName.slice(variable.originalName.lastIndexOf('/') + 1),
      variable,
      trainable: variable.trainable,
    })),
  );
  let disposed = false;
  return {
    model,
    trainingModel,
    outputIndex: { head: 0, nodes: nodeOutputIndex },
    layersByNode,
    nodeOrder: order.map((n) => n.id),
    linearNodeIds: order.filter((n) => n.kind === 'dense').map((n) => n.id),
    graph: active,
    loss: output.params.loss,
    head,
    inputWidth,
    outputWidth: (tensors.get(output.id) as tf.SymbolicTensor).shape[1] as number,
    weights,
    trainableWeights: weights.filter((w) => w.trainable),
    dropoutLayers: layerOwners
      .map((o) => o.layer)
      .filter((l): l is SeededDropoutLayer => l instanceof SeededDropoutLayer),
    dispose() {
      if (disposed) return;
      disposed = true;
      // The two models share their layers; disposing one frees every weight once.
      model.dispose();
    },
  };
}
