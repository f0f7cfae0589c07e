/**
 * Automatic left-to-right layout of a network with ELK's layered (Sugiyama) algorithm: inputs on
 * the left, the output on the right, few edge crossings.
 */
import type { ELK as ElkEngine, ElkNode } from 'elkjs/lib/elk-api';
import type { Graph, Position } from '../../src/graph/index';
import type { NodeSizes } from './types';
import { arrangeRows, carryHidden, readingOrder, visibleGraph } from './reading-layout';

/** Size assumed for a node the canvas has not measured yet (close to a rendered card). */
export const FALLBACK_NODE_SIZE = { width: 168, height: 92 };

let engine: Promise<ElkEngine> | null = null;

/** ELK is large (about 1.5 MB), so it is loaded the first time a layout is asked for, not at start-up. */
function loadElk(): Promise<ElkEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return engine;
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '40',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/** Smallest zoom at which a single row is still readable; a row that needs less is wrapped into several. */
export const MIN_READABLE_ZOOM = 0.75;

/**
 * Computes a top-left position for every node of `graph`, given rendered sizes (missing ones use
 * FALLBACK_NODE_SIZE), each collapsed group being one card. A chain (skip connections allowed) is
 * laid out in reading order, in rows that wrap; any other network with ELK, wrapped into rows that
 * match the canvas's proportions when one row is too long to read at MIN_READABLE_ZOOM.
 */
export async function layoutGraph(
  whole: Graph,
  sizes: NodeSizes,
  canvas?: { width: number; height: number },
): Promise<{ id: string; position: Position }[]> {
  if (whole.nodes.length === 0) return [];
  const { graph, hidden } = visibleGraph(whole);
  const order = readingOrder(graph);
  if (order) {
    const arcs = graph.edges.length > graph.nodes.length - 1;
    return carryHidden(whole, hidden, arrangeRows(order, sizes, FALLBACK_NODE_SIZE, { canvas, arcs }));
  }
  return carryHidden(whole, hidden, await layoutWithElk(graph, sizes, canvas));
}

/** ELK's layered layout of `graph` (see layoutGraph). */
async function layoutWithElk(
  graph: Graph,
  sizes: NodeSizes,
  canvas?: { width: number; height: number },
): Promise<{ id: string; position: Position }[]> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const elk = await loadElk();
  const run = (extra: Record<string, string>): Promise<ElkNode> =>
    elk.layout({
      id: 'root',
      layoutOptions: { ...LAYOUT_OPTIONS, ...extra },
      children: graph.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? FALLBACK_NODE_SIZE) })),
      edges: graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    });
  let result = await run({});
  if (canvas && canvas.width > 0 && canvas.height > 0 && (result.width ?? 0) * MIN_READABLE_ZOOM > canvas.width) {
    result = await run({
      'elk.layered.wrapping.strategy': 'SINGLE_EDGE',
      'elk.aspectRatio': String(canvas.width / canvas.height),
    });
  }
  return (result.children ?? []).map((c) => ({
    id: c.id,
    position: { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) },
  }));
}
