import { LAYER_SPECS } from '../layers/index';
import { isAutoName, nameLabel, nextEdgeId, nextNodeId, nextNodeName, nodeNameLabel } from './naming';
import type { Graph, GraphNode, NodeKind, NodeOf, ParamsByKind, Position } from './types';

export { connectNodes, disconnectEdges, isValidConnection, type ConnectionCheck } from './connections';

/**
 * Makes a node of `kind` at `position` with the kind's defaults overridden by `params`, a fresh id
 * (`dense-3`) and a fresh automatic name ("Linear 3"; activations by their function, "ReLU 2").
 * It does not add the node to the graph.
 */
export function createNode<K extends NodeKind>(
  graph: Graph,
  kind: K,
  position: Position,
  params?: Partial<ParamsByKind[K]>,
): Extract<GraphNode, { kind: K }> {
  const merged = { ...LAYER_SPECS[kind].defaults(), ...params } as ParamsByKind[K];
  const activation = kind === 'activation' ? (merged as ParamsByKind['activation']).activation : undefined;
  const node: NodeOf<K> = {
    id: nextNodeId(graph, kind),
    kind,
    name: nextNodeName(graph, nameLabel(kind, activation)),
    position: { x: position.x, y: position.y },
    params: merged,
  };
  return node as unknown as Extract<GraphNode, { kind: K }>;
}

/** Returns the graph with `node` appended; throws when its id is taken, since two nodes may never share an id. */
export function addNode(graph: Graph, node: GraphNode): Graph {
  if (graph.nodes.some((n) => n.id === node.id)) {
    throw new Error(
      `A node with id '${node.id}' already exists; make new nodes with createNode, which picks a free id.`,
    );
  }
  return { ...graph, nodes: [...graph.nodes, node] };
}

/** Returns the graph without these nodes and without every edge touching them; unknown ids are ignored. */
export function removeNodes(graph: Graph, ids: Iterable<string>): Graph {
  const drop = new Set(ids);
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !drop.has(n.id)),
    edges: graph.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)),
  };
}

/**
 * Returns the graph with `patch` merged over one node's params (keys the node's kind does not have
 * are dropped). An activation whose name is still automatic follows a change of function
 * ("ReLU 1" becomes "Sigmoid 1"). An unknown id returns the graph unchanged.
 */
export function updateParams(graph: Graph, nodeId: string, patch: Partial<ParamsByKind[NodeKind]>): Graph {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return graph;
  const known = Object.entries(patch).filter(([key, value]) => Object.hasOwn(node.params, key) && value !== undefined);
  const updated = { ...node, params: { ...node.params, ...Object.fromEntries(known) } } as GraphNode;
  const oldLabel = nodeNameLabel(node);
  const newLabel = nodeNameLabel(updated);
  if (newLabel !== oldLabel && isAutoName(node.name, oldLabel)) {
    updated.name = nextNodeName({ ...graph, nodes: graph.nodes.filter((n) => n.id !== nodeId) }, newLabel);
  }
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === nodeId ? updated : n)) };
}

/** Returns the graph with these nodes at their new positions; unknown ids are ignored. */
export function moveNodes(graph: Graph, moves: { id: string; position: Position }[]): Graph {
  const to = new Map(moves.map((m) => [m.id, m.position]));
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const position = to.get(n.id);
      return position ? { ...n, position: { x: position.x, y: position.y } } : n;
    }),
  };
}

/** Returns the graph with one node renamed (surrounding spaces trimmed); a blank name or an unknown id returns the graph unchanged. */
export function renameNode(graph: Graph, id: string, name: string): Graph {
  const trimmed = name.trim();
  if (trimmed === '' || !graph.nodes.some((n) => n.id === id)) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, name: trimmed } : n)) };
}

/** The outcome of duplicateNodes: the new graph and the copies' ids, in the order of the ids given. */
export interface DuplicateResult {
  graph: Graph;
  copyIds: string[];
}

/**
 * Copies these nodes, shifted by `offset`, with fresh ids and names, plus the edges among them
 * (edges to nodes outside the selection are not copied); unknown ids are ignored.
 */
export function duplicateNodes(graph: Graph, ids: Iterable<string>, offset: Position): DuplicateResult {
  const wanted = new Set(ids);
  let next = graph;
  const copyOf = new Map<string, string>();
  for (const node of graph.nodes.filter((n) => wanted.has(n.id))) {
    const label = nodeNameLabel(node);
    const copy = {
      ...node,
      id: nextNodeId(next, node.kind),
      name: isAutoName(node.name, label) ? nextNodeName(next, label) : `${node.name} copy`,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      params: structuredClone(node.params),
    } as GraphNode;
    copyOf.set(node.id, copy.id);
    next = { ...next, nodes: [...next.nodes, copy] };
  }
  for (const edge of graph.edges) {
    const source = copyOf.get(edge.source);
    const target = copyOf.get(edge.target);
    if (source && target) {
      next = { ...next, edges: [...next.edges, { id: nextEdgeId(next, source, target), source, target }] };
    }
  }
  return { graph: next, copyIds: [...wanted].filter((id) => copyOf.has(id)).map((id) => copyOf.get(id) as string) };
}
