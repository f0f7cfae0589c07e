import type { Graph, GraphEdge, GraphNode } from './types';

/** Returns the ids of the nodes feeding `nodeId`, in edge order (the order Add and Concat use). */
export function inputsOf(graph: Graph, nodeId: string): string[] {
  return graph.edges.filter((e) => e.target === nodeId).map((e) => e.source);
}

/** Returns the ids of the nodes that `nodeId` feeds, in edge order. */
export function outputsOf(graph: Graph, nodeId: string): string[] {
  return graph.edges.filter((e) => e.source === nodeId).map((e) => e.target);
}

/** Looks a node up by id; undefined when absent. */
export function findNode(graph: Graph, nodeId: string): GraphNode | undefined {
  return graph.nodes.find((n) => n.id === nodeId);
}

/**
 * Orders the nodes so that every node comes after all of its inputs (Kahn's algorithm, ties broken
 * by the nodes' order in the document, so the result is stable). Nodes on a cycle are left out and
 * returned in `cyclic`.
 */
export function topologicalOrder(graph: Graph): { order: GraphNode[]; cyclic: string[] } {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const indegree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  const outgoing = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
    const list = outgoing.get(e.source) ?? [];
    list.push(e);
    outgoing.set(e.source, list);
  }
  const rank = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const ready = graph.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: GraphNode[] = [];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  while (ready.length > 0) {
    ready.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const id = ready.shift() as string;
    order.push(byId.get(id) as GraphNode);
    for (const e of outgoing.get(id) ?? []) {
      const left = (indegree.get(e.target) ?? 0) - 1;
      indegree.set(e.target, left);
      if (left === 0) ready.push(e.target);
    }
  }
  const placed = new Set(order.map((n) => n.id));
  return { order, cyclic: graph.nodes.filter((n) => !placed.has(n.id)).map((n) => n.id) };
}
