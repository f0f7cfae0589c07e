/** What the tests expect a script to declare for a graph, computed from the graph alone. */
import { activeSubgraph, inferShapes, topologicalOrder } from '../../graph/index';
import type { ActivationName, Graph, GraphNode } from '../../graph/types';

/** The PyTorch class of each activation. */
export const TORCH_ACTIVATION: Record<ActivationName, string> = {
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  leakyRelu: 'LeakyReLU',
  elu: 'ELU',
  softplus: 'Softplus',
  gelu: 'GELU',
  linear: 'Identity',
  softmax: 'Softmax',
};

/** The nodes of the trained part of the graph in topological order, with their input and output widths. */
export function orderedNodes(graph: Graph): { node: GraphNode; inputWidths: number[]; width: number }[] {
  const active = activeSubgraph(graph);
  const shapes = inferShapes(active);
  return topologicalOrder(active).order.map((node) => ({
    node,
    inputWidths: shapes.get(node.id)?.inputWidths ?? [],
    width: shapes.get(node.id)?.width ?? 0,
  }));
}

/** Whether `order` lists every node after all the nodes that feed it. */
export function respectsEdges(order: string[], graph: Graph): boolean {
  const position = new Map(order.map((id, i) => [id, i]));
  return graph.edges.every(
    (e) =>
      !position.has(e.source) ||
      !position.has(e.target) ||
      (position.get(e.source) as number) < (position.get(e.target) as number),
  );
}
