/**
 * Repeated layers as one block: finding, in a selection, a chain of identical consecutive blocks
 * ([Linear 16 → Sigmoid] × 8), naming it for its card, and checking a stored group against its graph.
 */
import { nodeNameLabel } from './naming';
import { inputsOf, outputsOf } from './topology';
import type { Graph, GraphNode, LayerGroup } from './types';

/** A chain of repeated blocks found in a selection. */
export interface Repeat {
  /** The nodes in data-flow order. */
  nodeIds: string[];
  repeats: number;
  blockLength: number;
}

/** What makes two layers identical for grouping: kind and params (names, ids and positions aside). */
export function layerSignature(node: GraphNode): string {
  return JSON.stringify([node.kind, node.params]);
}

/**
 * Orders `ids` as a chain, input → output: each node after the first has exactly one input, the one
 * before it, and each before the last exactly one output, the one after it. Returns the ordered ids,
 * or a sentence saying what breaks the chain.
 */
export function orderChain(graph: Graph, ids: readonly string[]): string[] | string {
  const chosen = new Set(ids);
  const missing = ids.find((id) => !graph.nodes.some((n) => n.id === id));
  if (missing !== undefined) return `Node ${JSON.stringify(missing)} is not in the network.`;
  const heads = ids.filter((id) => !inputsOf(graph, id).some((source) => chosen.has(source)));
  if (heads.length !== 1)
    return `The selection must be one unbroken chain of layers; it has ${heads.length} starts. Select consecutive layers only.`;
  const order = [heads[0]];
  while (order.length < ids.length) {
    const last = order[order.length - 1];
    const next = outputsOf(graph, last);
    if (next.length !== 1 || !chosen.has(next[0]) || inputsOf(graph, next[0]).length !== 1) {
      return (
        `The chain breaks after '${graph.nodes.find((n) => n.id === last)?.name ?? last}': a grouped layer ` +
        `must feed exactly the next one (no skip or branch inside a group).`
      );
    }
    order.push(next[0]);
  }
  return order;
}

/**
 * The shortest block that, repeated at least twice, makes up the selected chain exactly; or a
 * sentence naming why the selection is not a repeat.
 */
export function findRepeat(graph: Graph, ids: readonly string[]): Repeat | string {
  if (ids.length < 2) return 'Select at least two layers to group: a block and its repeat.';
  const order = orderChain(graph, ids);
  if (typeof order === 'string') return order;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const signatures = order.map((id) => layerSignature(byId.get(id) as GraphNode));
  for (let length = 1; length <= order.length / 2; length++) {
    if (order.length % length !== 0) continue;
    if (signatures.every((s, i) => s === signatures[i % length]))
      return { nodeIds: order, repeats: order.length / length, blockLength: length };
  }
  return (
    `These ${order.length} layers are not one block repeated: their kinds or settings differ. Select whole ` +
    `repeats of identical layers (e.g. Linear 16 → Sigmoid, 8 times).`
  );
}

/** What a card shows for a layer inside a block: "Linear 16", "Sigmoid", "Dropout". */
function blockPart(node: GraphNode): string {
  return node.kind === 'dense' ? `Linear ${node.params.units}` : nodeNameLabel(node);
}

/** The card title of a group: "8 × [Linear 16 → Sigmoid]". */
export function groupLabel(graph: Graph, group: LayerGroup): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const block = group.nodeIds.slice(0, group.nodeIds.length / group.repeats).map((id) => byId.get(id));
  return `${group.repeats} × [${block.map((n) => (n ? blockPart(n) : '?')).join(' → ')}]`;
}

/** Whether a stored group still describes its graph: a sentence naming what is wrong, or null when it does. */
export function checkGroup(graph: Graph, group: LayerGroup): string | null {
  const order = orderChain(graph, group.nodeIds);
  if (typeof order === 'string') return order;
  if (order.join() !== group.nodeIds.join())
    return 'Its nodeIds are not listed in data-flow order. List them input → output.';
  const { repeats } = group;
  const length = group.nodeIds.length / repeats;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const signatures = order.map((id) => layerSignature(byId.get(id) as GraphNode));
  if (!(repeats >= 2 && Number.isInteger(length) && signatures.every((s, i) => s === signatures[i % length]))) {
    const found = findRepeat(graph, group.nodeIds);
    const fix = typeof found === 'string' ? 'Remove the group.' : `Set repeats to ${found.repeats}.`;
    return `It says ${repeats} repeats, which does not split its ${group.nodeIds.length} layers into identical blocks. ${fix}`;
  }
  return null;
}

/** Makes a group of a repeat (collapsed, as made from the canvas). */
export function groupOf(repeat: Repeat, id: string): LayerGroup {
  return { id, nodeIds: repeat.nodeIds, repeats: repeat.repeats, collapsed: true };
}

/** The graph without groups that no longer describe it (a grouped layer was deleted, rewired or edited): a file must never hold one. */
export function pruneGroups(graph: Graph): Graph {
  if (!graph.groups) return graph;
  const kept = graph.groups.filter((g) => checkGroup(graph, g) === null);
  if (kept.length === graph.groups.length) return graph;
  const { groups: _groups, ...rest } = graph;
  return kept.length > 0 ? { ...rest, groups: kept } : rest;
}
