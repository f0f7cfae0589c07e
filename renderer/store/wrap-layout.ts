/**
 * A readable first layout for a chain network (Input → … → Output, one edge after another), fitted
 * to the canvas it will be shown on: one row when that row is readable, otherwise the chain wraps
 * into as few left-to-right rows as make it readable (or, for very long chains, the rows that
 * show it largest). Used when a template (the starter network, a preset) is opened, so that it
 * never opens as a strip of unreadable cards on a laptop screen.
 */
import type { Graph, Position } from '../../src/graph/index';
import type { NodeSizes } from './types';

/** Gap between neighbouring cards of a row: room for the edge and its short shape label. */
export const COLUMN_GAP = 76;
/** Gap between rows: room for the edge that wraps from one row's end to the next row's start. */
export const ROW_GAP = 64;
/** Zoom at which a card's text is comfortably read (on a projector too); the fewest rows that reach it win. */
export const READABLE_ZOOM = 0.9;

/** The canvas a layout is made for, less the margins that the view keeps clear when it fits the graph. */
export interface FitArea {
  width: number;
  height: number;
  maxZoom: number;
  /** The zoom from which cards read well on this canvas (READABLE_ZOOM unless the view enlarges card type, as the presenter view does). */
  readableZoom?: number;
}

/** The node ids from the one node without inputs to the one without outputs, when the graph is a single chain; otherwise null. */
export function chainOrder(graph: Graph): string[] | null {
  const { nodes, edges } = graph;
  if (nodes.length === 0 || edges.length !== nodes.length - 1) return null;
  const next = new Map<string, string>();
  const hasInput = new Set<string>();
  for (const e of edges) {
    if (next.has(e.source) || hasInput.has(e.target)) return null;
    next.set(e.source, e.target);
    hasInput.add(e.target);
  }
  const starts = nodes.filter((n) => !hasInput.has(n.id));
  if (starts.length !== 1) return null;
  const order = [starts[0].id];
  while (next.has(order[order.length - 1]) && order.length <= nodes.length)
    order.push(next.get(order[order.length - 1]) as string);
  return order.length === nodes.length ? order : null;
}

/** The zoom at which `rows` rows of a chain of `count` cards fit the area (capped at its maxZoom). */
export function zoomForRows(
  count: number,
  rows: number,
  card: { width: number; height: number },
  area: FitArea,
): number {
  const columns = Math.ceil(count / rows);
  const width = columns * card.width + (columns - 1) * COLUMN_GAP;
  const height = rows * card.height + (rows - 1) * ROW_GAP;
  return Math.min(area.maxZoom, area.width / width, area.height / height);
}

/** How many rows to wrap a chain of `count` cards into: the fewest that are readable, else the ones that show it largest. */
export function rowsFor(count: number, card: { width: number; height: number }, area: FitArea): number {
  let best = 1;
  let bestZoom = 0;
  for (let rows = 1; rows <= count; rows++) {
    const columns = Math.ceil(count / rows);
    // A row count that would leave the last row empty is the same layout as one row fewer.
    if ((rows - 1) * columns >= count) continue;
    const zoom = zoomForRows(count, rows, card, area);
    if (zoom >= (area.readableZoom ?? READABLE_ZOOM)) return rows;
    if (zoom > bestZoom) {
      best = rows;
      bestZoom = zoom;
    }
  }
  return best;
}

/**
 * Top-left positions that lay a chain out in rows fitted to `area`, every card the size of the
 * largest one; null when the graph is not a single chain (its own layout is kept then).
 */
export function arrangeChain(
  graph: Graph,
  sizes: NodeSizes,
  fallback: { width: number; height: number },
  area: FitArea,
): { id: string; position: Position }[] | null {
  const order = chainOrder(graph);
  if (!order) return null;
  const card = {
    width: Math.max(...order.map((id) => sizes.get(id)?.width ?? fallback.width)),
    height: Math.max(...order.map((id) => sizes.get(id)?.height ?? fallback.height)),
  };
  const columns = Math.ceil(order.length / rowsFor(order.length, card, area));
  return order.map((id, i) => ({
    id,
    position: {
      x: (i % columns) * (card.width + COLUMN_GAP),
      y: Math.floor(i / columns) * (card.height + ROW_GAP),
    },
  }));
}
