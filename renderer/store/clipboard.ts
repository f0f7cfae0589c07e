/**
 * Copy and paste of a part of a graph, as pure functions: copying keeps the selected nodes and the
 * edges among them; pasting gives every node a fresh id and rewires the copied edges between the copies.
 */
import { graphOperations as ops, type Graph, type GraphNode, type Position } from '../../src/graph/index';
import type { ClipboardContent } from './types';

/** How far a paste lands from its original, so the copy is visible rather than hidden under it. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

/** The nodes with the given ids and the edges that run between two of them. */
export function copySubgraph(graph: Graph, nodeIds: readonly string[]): ClipboardContent {
  const chosen = new Set(nodeIds);
  return {
    nodes: graph.nodes.filter((n) => chosen.has(n.id)),
    edges: graph.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target)),
  };
}

/** Adds copies of the clipboard's nodes (shifted by `offset`) and of its edges to `graph`; returns the new graph and the copies' ids. */
export function pasteSubgraph(graph: Graph, content: ClipboardContent, offset: Position = PASTE_OFFSET) {
  let next = graph;
  const newIds = new Map<string, string>();
  for (const original of content.nodes) {
    const position = { x: original.position.x + offset.x, y: original.position.y + offset.y };
    const copy = ops.createNode(next, original.kind, position, structuredClone(original.params)) as GraphNode;
    next = ops.addNode(next, copy);
    newIds.set(original.id, copy.id);
  }
  for (const edge of content.edges) {
    const source = newIds.get(edge.source);
    const target = newIds.get(edge.target);
    if (source && target && ops.isValidConnection(next, source, target).ok)
      next = ops.connectNodes(next, source, target);
  }
  return { graph: next, nodeIds: [...newIds.values()] };
}

/** The clipboard shifted by `offset`, so that pasting twice cascades instead of stacking copies. */
export function shiftClipboard(content: ClipboardContent, offset: Position = PASTE_OFFSET): ClipboardContent {
  return {
    nodes: content.nodes.map((n) => ({
      ...n,
      position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
    })) as GraphNode[],
    edges: content.edges,
  };
}
