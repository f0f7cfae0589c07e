import { specOf } from '../layers/index';
import { inputsOf, topologicalOrder } from './topology';
import type { Graph, GraphNode } from './types';

/** What shape inference knows about one node. */
export interface NodeShape {
  /** Width of the node's output (features per sample); null when it cannot be known yet. */
  width: number | null;
  /** Widths of its inputs in edge order; empty while any of them is unknown. */
  inputWidths: number[];
  /** Why the node has no width although its inputs are known (e.g. an Add of unequal widths). */
  error?: string;
}

/** Whether a node's input count lies within its kind's arity. */
function arityHolds(node: GraphNode, inputCount: number): boolean {
  const spec = specOf(node);
  return inputCount >= spec.minInputs && inputCount <= spec.maxInputs;
}

/**
 * Infers every node's output width in topological order from its inputs' widths and its kind's
 * shape rule. Nodes on or behind a cycle, with a wrong number of inputs, or fed by a node of
 * unknown width get width null (validation says why); a shape rule that fails sets `error`.
 */
export function inferShapes(graph: Graph): Map<string, NodeShape> {
  const shapes = new Map<string, NodeShape>();
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const { order, cyclic } = topologicalOrder(graph);
  for (const node of order) {
    const sources = inputsOf(graph, node.id).filter((id) => names.has(id));
    const widths = sources.map((id) => shapes.get(id)?.width ?? null);
    if (!arityHolds(node, sources.length) || widths.some((w) => w === null)) {
      shapes.set(node.id, { width: null, inputWidths: [] });
      continue;
    }
    const inputWidths = widths as number[];
    const result = specOf(node).outputWidth(
      node.params,
      inputWidths,
      sources.map((id) => names.get(id) as string),
    );
    shapes.set(
      node.id,
      typeof result === 'number' ? { width: result, inputWidths } : { width: null, inputWidths, error: result.error },
    );
  }
  for (const id of cyclic) shapes.set(id, { width: null, inputWidths: [] });
  return shapes;
}

/** Counts per node whose input widths are known: `paramCount` or `trainableParamCount` of its kind. */
function countPerNode(graph: Graph, trainableOnly: boolean): Map<string, number> {
  const shapes = inferShapes(graph);
  const counts = new Map<string, number>();
  for (const node of graph.nodes) {
    const shape = shapes.get(node.id);
    const known = shape && (shape.width !== null || shape.error !== undefined);
    if (!known) continue;
    const spec = specOf(node);
    const count =
      trainableOnly && spec.trainableParamCount
        ? spec.trainableParamCount(node.params, shape.inputWidths)
        : spec.paramCount(node.params, shape.inputWidths);
    if (Number.isFinite(count)) counts.set(node.id, count);
  }
  return counts;
}

/**
 * Number of weights each node holds (Linear: in·units + units with bias; BatchNorm: 4·width),
 * for the nodes whose input widths are known; nodes left out show no count yet.
 */
export function paramCounts(graph: Graph): Map<string, number> {
  return countPerNode(graph, false);
}

/** Number of weights each node's optimizer updates (BatchNorm: only γ and β, 2·width); same nodes as paramCounts. */
export function trainableParamCounts(graph: Graph): Map<string, number> {
  return countPerNode(graph, true);
}

/** Sum of paramCounts over the graph. */
export function totalParams(graph: Graph): number {
  let total = 0;
  for (const count of paramCounts(graph).values()) total += count;
  return total;
}

/** Sum of trainableParamCounts over the graph. */
export function trainableParams(graph: Graph): number {
  let total = 0;
  for (const count of trainableParamCounts(graph).values()) total += count;
  return total;
}
