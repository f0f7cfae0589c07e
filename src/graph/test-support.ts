import { addNode, connectNodes, createNode } from './operations';
import type { Graph, NodeKind, ParamsByKind } from './types';

/** One node of a test network: its kind and the params that differ from the defaults. */
export type Step = { [K in NodeKind]: [K, Partial<ParamsByKind[K]>?] }[NodeKind];

/** Adds a node through the public operations and returns the new graph and the node's id. */
export function place<K extends NodeKind>(
  graph: Graph,
  kind: K,
  params?: Partial<ParamsByKind[K]>,
): { graph: Graph; id: string } {
  const node = createNode(graph, kind, { x: graph.nodes.length * 100, y: 0 }, params);
  return { graph: addNode(graph, node), id: node.id };
}

/** Builds a chain step₁ → step₂ → … with the public operations; returns the graph and the ids in chain order. */
export function chain(steps: Step[], start: Graph = { nodes: [], edges: [] }): { graph: Graph; ids: string[] } {
  let graph = start;
  const ids: string[] = [];
  for (const [kind, params] of steps) {
    const placed = place(graph, kind, params as never);
    graph = placed.graph;
    if (ids.length > 0) {
      const next = connectNodes(graph, ids[ids.length - 1], placed.id);
      if (next === graph) throw new Error(`test chain: could not connect ${ids[ids.length - 1]} → ${placed.id}`);
      graph = next;
    }
    ids.push(placed.id);
  }
  return { graph, ids };
}

/** The classic 2-10-1 network: Input(x1, x2) → Linear 10 → ReLU → Linear 1 → Sigmoid → Output (BCE). */
export function twoTenOne(): { graph: Graph; ids: string[] } {
  return chain([
    ['input'],
    ['dense', { units: 10 }],
    ['activation', { activation: 'relu' }],
    ['dense', { units: 1 }],
    ['activation', { activation: 'sigmoid' }],
    ['output', { loss: 'binaryCrossentropy' }],
  ]);
}

/** Freezes a graph deeply, so that a test fails loudly if an operation writes into its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
