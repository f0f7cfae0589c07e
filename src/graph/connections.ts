import { specOf } from '../layers/index';
import { nextEdgeId } from './naming';
import { inferShapes } from './shapes';
import { findNode, inputsOf } from './topology';
import type { Graph } from './types';

/** The verdict on a proposed edge: allowed, or refused with a reason a person understands. */
export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/** The nodes on a directed path from `fromId` to `toId` along existing edges (both ends included), or null when there is none. */
function findPath(graph: Graph, fromId: string, toId: string): string[] | null {
  const parent = new Map<string, string | null>([[fromId, null]]);
  const queue = [fromId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === toId) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = parent.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const e of graph.edges) {
      if (e.source === id && !parent.has(e.target)) {
        parent.set(e.target, id);
        queue.push(e.target);
      }
    }
  }
  return null;
}

/** Errors of Add nodes present in `after` but not in `before`: the width mismatches an edge would cause. */
function newAddErrors(before: Graph, after: Graph): string[] {
  const old = inferShapes(before);
  const problems: string[] = [];
  for (const [id, shape] of inferShapes(after)) {
    const node = findNode(after, id);
    if (node?.kind === 'add' && shape.error && !old.get(id)?.error) problems.push(`'${node.name}': ${shape.error}`);
  }
  return problems;
}

/**
 * Decides whether an edge source → target may be drawn: refuses unknown nodes, self-loops, edges
 * out of the Output or into an Input, duplicates, a target already at its maximum inputs, edges
 * that would close a cycle, and edges that would give an Add inputs of unequal (known) width.
 */
export function isValidConnection(graph: Graph, sourceId: string, targetId: string): ConnectionCheck {
  const source = findNode(graph, sourceId);
  const target = findNode(graph, targetId);
  if (!source) return { ok: false, reason: `There is no node with id '${sourceId}' to connect from.` };
  if (!target) return { ok: false, reason: `There is no node with id '${targetId}' to connect to.` };
  const name = (id: string) => `'${findNode(graph, id)?.name ?? id}'`;
  if (source.id === target.id) {
    return { ok: false, reason: `'${source.name}' cannot feed itself; connect it to the next layer instead.` };
  }
  if (!specOf(source).hasOutput) {
    return {
      ok: false,
      reason: `'${source.name}' ends the network and has no output to connect; connect into it instead.`,
    };
  }
  const targetSpec = specOf(target);
  if (targetSpec.maxInputs === 0) {
    return { ok: false, reason: `'${target.name}' is where data enters and takes no inputs; connect from it instead.` };
  }
  const existing = inputsOf(graph, target.id);
  if (existing.includes(source.id)) {
    return { ok: false, reason: `'${source.name}' already feeds '${target.name}'.` };
  }
  if (existing.length >= targetSpec.maxInputs) {
    const held = existing.map(name).join(', ');
    return {
      ok: false,
      reason:
        `'${target.name}' takes ${targetSpec.maxInputs === 1 ? 'one input' : `${targetSpec.maxInputs} inputs`} and already has ${held}. ` +
        'Remove that connection first, or join the two with an Add or Concat node.',
    };
  }
  const loop = findPath(graph, target.id, source.id);
  if (loop) {
    return {
      ok: false,
      reason:
        `Connecting '${source.name}' → '${target.name}' would close a loop (${[...loop, target.id].map(name).join(' → ')}); ` +
        'data must flow one way from the Input to the Output.',
    };
  }
  const mismatches = newAddErrors(graph, withEdge(graph, source.id, target.id));
  if (mismatches.length > 0) {
    return { ok: false, reason: `Connecting '${source.name}' → '${target.name}' would break ${mismatches.join(' ')}` };
  }
  return { ok: true };
}

/** The graph with one more edge, unchecked. */
function withEdge(graph: Graph, sourceId: string, targetId: string): Graph {
  return {
    ...graph,
    edges: [...graph.edges, { id: nextEdgeId(graph, sourceId, targetId), source: sourceId, target: targetId }],
  };
}

/**
 * Adds the edge source → target as a new graph; returns the same graph object, unchanged, when isValidConnection
 * refuses (ask it for the reason).
 */
export function connectNodes(graph: Graph, sourceId: string, targetId: string): Graph {
  return isValidConnection(graph, sourceId, targetId).ok ? withEdge(graph, sourceId, targetId) : graph;
}

/** Removes the edges with these ids as a new graph; unknown ids are ignored. */
export function disconnectEdges(graph: Graph, edgeIds: Iterable<string>): Graph {
  const drop = new Set(edgeIds);
  return { ...graph, edges: graph.edges.filter((e) => !drop.has(e.id)) };
}
