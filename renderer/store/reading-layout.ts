/**
 * Auto-layout in reading order: a network that is one chain of layers (skip connections allowed)
 * is laid out left to right in rows that wrap, as the lessons are, so that a deep or residual
 * network never becomes one long unreadable strip; each collapsed group of repeated layers is one card.
 */
import type { Graph, Position } from '../../src/graph/index';
import type { NodeSizes } from './types';
import { arrangeChain, COLUMN_GAP, ROW_GAP, rowsFor, type FitArea } from './wrap-layout';

/** Cards in one row when the canvas size is not known: wider rows cannot be read on a laptop or a projector. */
export const MAX_COLUMNS = 6;
/** Gap between rows when skip connections are drawn as arcs above a row: room for the arc. */
export const ARC_ROW_GAP = 150;

/**
 * The graph as the canvas shows it: each collapsed group reduced to its first layer, plus the hidden members of each
 * group by that layer's id.
 */
export function visibleGraph(graph: Graph): { graph: Graph; hidden: Map<string, string[]> } {
  const shownAs = new Map<string, string>();
  const hidden = new Map<string, string[]>();
  for (const group of graph.groups ?? []) {
    if (!group.collapsed) continue;
    const [first, ...rest] = group.nodeIds;
    hidden.set(first, rest);
    for (const id of group.nodeIds) shownAs.set(id, first);
  }
  const card = (id: string) => shownAs.get(id) ?? id;
  const seen = new Set<string>();
  const edges = graph.edges
    .map((e) => ({ ...e, source: card(e.source), target: card(e.target) }))
    .filter((e) => {
      const key = `${e.source}>${e.target}`;
      if (e.source === e.target || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const nodes = graph.nodes.filter((n) => card(n.id) === n.id);
  return { graph: { nodes, edges }, hidden };
}

/**
 * The node ids in reading order when the graph is one chain with skip connections (every node at a
 * different depth of the longest path, so the main line runs through all of them); otherwise null.
 */
export function readingOrder(graph: Graph): string[] | null {
  const { nodes, edges } = graph;
  if (nodes.length === 0) return null;
  const incoming = new Map(nodes.map((n) => [n.id, 0]));
  const outgoing = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (!incoming.has(e.source) || !incoming.has(e.target)) continue;
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
    outgoing.get(e.source)?.push(e.target);
  }
  const depth = new Map<string, number>();
  const ready = nodes.filter((n) => incoming.get(n.id) === 0).map((n) => n.id);
  for (const id of ready) depth.set(id, 0);
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(id);
    for (const next of outgoing.get(id) ?? []) {
      depth.set(next, Math.max(depth.get(next) ?? 0, (depth.get(id) ?? 0) + 1));
      incoming.set(next, (incoming.get(next) ?? 0) - 1);
      if (incoming.get(next) === 0) ready.push(next);
    }
  }
  if (order.length !== nodes.length) return null;
  const depths = new Set(depth.values());
  if (depths.size !== nodes.length) return null;
  return [...order].sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0));
}

/**
 * Top-left positions that put `order` in left-to-right rows, as few as let the canvas show them
 * readably (MAX_COLUMNS cards a row when its size is not known), every cell the size of the largest
 * card; rows sit further apart when `arcs` (skip connections drawn above a row) need the room.
 */
export function arrangeRows(
  order: readonly string[],
  sizes: NodeSizes,
  fallback: { width: number; height: number },
  options: { canvas?: { width: number; height: number }; arcs: boolean },
): { id: string; position: Position }[] {
  const card = {
    width: Math.max(...order.map((id) => sizes.get(id)?.width ?? fallback.width)),
    height: Math.max(...order.map((id) => sizes.get(id)?.height ?? fallback.height)),
  };
  const { canvas } = options;
  const fitted =
    canvas && canvas.width > 0 && canvas.height > 0
      ? Math.ceil(order.length / rowsFor(order.length, card, { ...canvas, maxZoom: 1 }))
      : MAX_COLUMNS;
  const columns = Math.max(1, fitted);
  const rowGap = options.arcs ? ARC_ROW_GAP : ROW_GAP;
  return order.map((id, i) => ({
    id,
    position: { x: (i % columns) * (card.width + COLUMN_GAP), y: Math.floor(i / columns) * (card.height + rowGap) },
  }));
}

/**
 * Adds positions for the hidden layers of collapsed groups: each moves by as much as its group's card did, so an
 * expanded group keeps its shape.
 */
export function carryHidden(
  graph: Graph,
  hidden: ReadonlyMap<string, string[]>,
  moves: { id: string; position: Position }[],
): { id: string; position: Position }[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n.position]));
  const carried = moves.flatMap((move) => {
    const from = byId.get(move.id);
    if (!from) return [];
    const dx = move.position.x - from.x;
    const dy = move.position.y - from.y;
    return (hidden.get(move.id) ?? []).flatMap((id) => {
      const at = byId.get(id);
      return at ? [{ id, position: { x: at.x + dx, y: at.y + dy } }] : [];
    });
  });
  return [...moves, ...carried];
}

/**
 * The template layout (arrangeChain) of the graph as the canvas shows it, each collapsed group one card; null when
 * that is not a single chain.
 */
export function arrangeShownChain(
  graph: Graph,
  sizes: NodeSizes,
  fallback: { width: number; height: number },
  area: FitArea,
): { id: string; position: Position }[] | null {
  const shown = visibleGraph(graph);
  const moves = arrangeChain(shown.graph, sizes, fallback, area);
  return moves && carryHidden(graph, shown.hidden, moves);
}
