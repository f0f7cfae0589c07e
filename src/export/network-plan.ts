/**
 * The language-neutral plan both code generators print: the trainable part of the graph in
 * topological order, each node with a Python name, its inputs, widths and parameter count, plus
 * the loss head the app trains from and the nodes that take no part in the model.
 */
import {
  activeSubgraph,
  inferShapes,
  isTrainable,
  paramCounts,
  topologicalOrder,
  validateGraph,
  type ValidationContext,
} from '../graph/index';
import type { Graph, GraphNode, LossName, NodeOf } from '../graph/types';
import type { ProjectDocument } from '../project/types';
import type { WeightValues } from '../project/weights';
import { pythonIdentifiers } from './python';

/** What an export needs: the document, a title for the header, and optionally the weights to start from. */
export interface ExportProject extends Pick<ProjectDocument, 'graph' | 'data' | 'training'> {
  title: string;
  /** Weights of every weighted node (the app's current or saved ones); absent means the script initialises its own. */
  weights?: WeightValues[];
  /** The training step the weights were read at, for the header. */
  weightsStep?: number;
}

/** One node of the model, ready to print. */
export interface PlannedNode {
  node: GraphNode;
  /** A Python identifier unique in the script, derived from the node's name. */
  ident: string;
  /** Ids of the nodes feeding it, in edge order (Add/Concat keep this order). */
  inputs: string[];
  inputWidths: number[];
  width: number;
  paramCount: number;
}

/**
 * The loss head: 'logits' when the last activation is a Sigmoid under binary cross-entropy or a
 * Softmax under categorical cross-entropy (the app then computes the loss from that activation's
 * input, exactly); 'prediction' otherwise.
 */
export type PlannedHead =
  | { kind: 'prediction' }
  | { kind: 'logits'; activation: NodeOf<'activation'>; logitsOf: string };

/** The whole network as the generators print it. */
export interface NetworkPlan {
  /** Input first, Output last, every node after the nodes that feed it. */
  nodes: PlannedNode[];
  input: NodeOf<'input'>;
  output: NodeOf<'output'>;
  loss: LossName;
  head: PlannedHead;
  inputWidth: number;
  outputWidth: number;
  totalParams: number;
  /** Nodes of the canvas that lead from the Input to no Output (or are not fed by it): the app does not train them either. */
  omitted: GraphNode[];
}

/** Thrown when a graph cannot be exported; the message lists what to fix. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

function chooseHead(graph: Graph, output: NodeOf<'output'>): PlannedHead {
  const feeder = graph.edges.find((e) => e.target === output.id)?.source;
  const last = graph.nodes.find((n) => n.id === feeder);
  if (last?.kind !== 'activation') return { kind: 'prediction' };
  const fuse =
    (last.params.activation === 'sigmoid' && output.params.loss === 'binaryCrossentropy') ||
    (last.params.activation === 'softmax' && output.params.loss === 'categoricalCrossentropy');
  const logitsOf = graph.edges.find((e) => e.target === last.id)?.source;
  return fuse && logitsOf ? { kind: 'logits', activation: last, logitsOf } : { kind: 'prediction' };
}

/**
 * Plans the export of `graph`: validates it as training would (throwing ExportError with every
 * error when the app could not train it on the data `context` describes), keeps the nodes between Input and Output, and
 * names them for Python.
 */
export function planNetwork(graph: Graph, context: ValidationContext = {}): NetworkPlan {
  const errors = validateGraph(graph, context).filter((issue) => issue.severity === 'error');
  if (!isTrainable(errors)) {
    throw new ExportError(
      `The network cannot be exported until ${errors.length === 1 ? 'this problem is' : `these ${errors.length} problems are`} fixed ` +
        `(the same ones that stop training):\n${errors.map((issue) => `- ${issue.message}`).join('\n')}`,
    );
  }
  const active = activeSubgraph(graph);
  const order = topologicalOrder(active).order;
  const shapes = inferShapes(active);
  const counts = paramCounts(active);
  const idents = pythonIdentifiers(order);
  const nodes: PlannedNode[] = order.map((node) => {
    const shape = shapes.get(node.id);
    return {
      node,
      ident: idents.get(node.id) as string,
      inputs: active.edges.filter((e) => e.target === node.id).map((e) => e.source),
      inputWidths: shape?.inputWidths ?? [],
      width: shape?.width ?? 0,
      paramCount: counts.get(node.id) ?? 0,
    };
  });
  const input = order.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
  const output = order.find((n): n is NodeOf<'output'> => n.kind === 'output') as NodeOf<'output'>;
  const kept = new Set(order.map((n) => n.id));
  return {
    nodes,
    input,
    output,
    loss: output.params.loss,
    head: chooseHead(active, output),
    inputWidth: nodes[0].width,
    outputWidth: nodes[nodes.length - 1].width,
    totalParams: nodes.reduce((sum, n) => sum + n.paramCount, 0),
    omitted: graph.nodes.filter((n) => !kept.has(n.id)),
  };
}

/** The planned node with this id (every id the plan mentions is in it). */
export function plannedNode(plan: NetworkPlan, id: string): PlannedNode {
  return plan.nodes.find((n) => n.node.id === id) as PlannedNode;
}
