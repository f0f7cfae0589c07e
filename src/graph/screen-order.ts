/**
 * The order in which a person reads the canvas, and the layers a node can feed: what keyboard
 * navigation, the keyboard connect mode and the inspector's "Connect to…" field list.
 */
import { isValidConnection } from './connections';
import type { Graph, Position } from './types';

/** Cards whose tops lie within this many canvas units of a row's first card belong to that row. */
export const ROW_TOLERANCE = 60;

/** Ids in reading order: rows from top to bottom (cards within ROW_TOLERANCE of a row's top share it), left to right in each row. */
export function screenOrder(items: readonly { id: string; position: Position }[]): string[] {
  const byTop = [...items].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const rows: { top: number; items: { id: string; position: Position }[] }[] = [];
  for (const item of byTop) {
    const row = rows[rows.length - 1];
    if (row && item.position.y - row.top <= ROW_TOLERANCE) row.items.push(item);
    else rows.push({ top: item.position.y, items: [item] });
  }
  return rows.flatMap((row) => row.items.sort((a, b) => a.position.x - b.position.x).map((item) => item.id));
}

/** The nodes `sourceId` may be connected to (isValidConnection says yes), in reading order. */
export function connectTargets(graph: Graph, sourceId: string): string[] {
  return screenOrder(graph.nodes).filter((id) => isValidConnection(graph, sourceId, id).ok);
}
