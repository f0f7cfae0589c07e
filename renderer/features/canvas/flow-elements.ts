/**
 * The React Flow view of the document: nodes and edges derived from the graph, its analysis and
 * the selection. React Flow never owns this data; it renders what is derived here.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  type GraphIssue,
  groupLabel,
  reachable,
  type GraphNode,
  type Graph,
  type LayerGroup,
} from '../../../src/graph/index';
import { nodeSummary } from '../../../src/layers/index';
import type { GraphAnalysis } from '../../store/analysis';
import type { ViewState } from '../../store/types';
import { shapeLabel } from '../../ui/format';

/** What a node card shows. */
export interface LayerNodeData extends Record<string, unknown> {
  node: GraphNode;
  summary: string;
  width: number | null;
  /** Weights the node holds; null while its input widths are unknown. */
  paramCount: number | null;
  issues: GraphIssue[];
  inputCount: number;
  /** Gradient-flow tint colour while training (features/gradients/gradient-tint.ts); absent when off. */
  tint?: string;
  /** Set on the card that stands for a collapsed group of repeated layers: its title and each layer's tint, in order. */
  group?: { id: string; label: string; layers: { id: string; name: string; tint: string | null }[] };
}

/** A canvas node. */
export type LayerFlowNode = Node<LayerNodeData, 'layer'>;

/** What an edge shows: the shape of the tensor it carries, in full and in a short form for tight gaps. */
export interface ShapeEdgeData extends Record<string, unknown> {
  label: string;
  shortLabel: string;
  known: boolean;
  /** The width it carries; null while unknown. */
  width: number | null;
  /** The tint of the node the edge feeds; absent when off. */
  tint?: string;
  /** A skip connection: it jumps over layers that also reach its target, so it is drawn as an arc above them. */
  skip?: boolean;
}

/** A canvas edge. */
export type ShapeFlowEdge = Edge<ShapeEdgeData, 'shape'>;

/** The collapsed groups of a graph by id of the node that stands for each (its first layer), and every other member's id. */
export function collapsedGroups(graph: Graph): {
  shownBy: Map<string, LayerGroup>;
  hidden: Set<string>;
  lastOf: Map<string, string>;
} {
  const shownBy = new Map<string, LayerGroup>();
  const hidden = new Set<string>();
  // The last layer of each collapsed group → its card, so that edges leaving the group leave the card.
  const lastOf = new Map<string, string>();
  for (const group of graph.groups ?? []) {
    if (!group.collapsed) continue;
    const [first, ...rest] = group.nodeIds;
    shownBy.set(first, group);
    rest.forEach((id) => hidden.add(id));
    lastOf.set(group.nodeIds[group.nodeIds.length - 1], first);
  }
  return { shownBy, hidden, lastOf };
}

/**
 * Derives the canvas nodes: position, selection and measured size from the view, the card's content from the
 * analysis, the tint from `tints` (node id → colour).
 */
export function toFlowNodes(
  graph: Graph,
  analysis: GraphAnalysis,
  selection: ViewState['selection'],
  sizes: ViewState['nodeSizes'],
  tints: ReadonlyMap<string, string> | null = null,
): LayerFlowNode[] {
  const selected = new Set(selection.nodeIds);
  const inputs = new Map<string, number>();
  for (const e of graph.edges) inputs.set(e.target, (inputs.get(e.target) ?? 0) + 1);
  const { shownBy, hidden } = collapsedGroups(graph);
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.nodes.map((node) => ({
    id: node.id,
    type: 'layer',
    position: node.position,
    selected: selected.has(node.id),
    ...(hidden.has(node.id) ? { hidden: true } : {}),
    ...(sizes.has(node.id) ? { measured: sizes.get(node.id) } : {}),
    data: {
      node,
      summary: nodeSummary(node),
      width: analysis.shapes.get(node.id)?.width ?? null,
      paramCount: analysis.paramCounts.get(node.id) ?? null,
      issues: analysis.issuesByNode.get(node.id) ?? [],
      inputCount: inputs.get(node.id) ?? 0,
      ...(tints?.has(node.id) ? { tint: tints.get(node.id) } : {}),
      ...(shownBy.has(node.id) ? { group: groupCard(graph, shownBy.get(node.id) as LayerGroup, names, tints) } : {}),
    },
  }));
}

function groupCard(
  graph: Graph,
  group: LayerGroup,
  names: Map<string, string>,
  tints: ReadonlyMap<string, string> | null,
): NonNullable<LayerNodeData['group']> {
  return {
    id: group.id,
    label: groupLabel(graph, group),
    layers: group.nodeIds.map((id) => ({ id, name: names.get(id) ?? id, tint: tints?.get(id) ?? null })),
  };
}

/**
 * The ids of the skip connections of a graph: edges into a node with several inputs whose source
 * also reaches another of those inputs (x → Add beside x → block → Add).
 */
export function skipEdgeIds(graph: Graph): Set<string> {
  const skips = new Set<string>();
  const inputsOf = new Map<string, string[]>();
  for (const e of graph.edges) inputsOf.set(e.target, [...(inputsOf.get(e.target) ?? []), e.source]);
  for (const edge of graph.edges) {
    const others = (inputsOf.get(edge.target) ?? []).filter((s) => s !== edge.source);
    if (others.length === 0) continue;
    const reached = reachable(graph, [edge.source], 'forward');
    if (others.some((o) => reached.has(o))) skips.add(edge.id);
  }
  return skips;
}

/** Derives the canvas edges, each labelled with the shape of its source's output and tinted like its target. */
export function toFlowEdges(
  graph: Graph,
  analysis: GraphAnalysis,
  selection: ViewState['selection'],
  tints: ReadonlyMap<string, string> | null = null,
): ShapeFlowEdge[] {
  const selected = new Set(selection.edgeIds);
  const { hidden, lastOf } = collapsedGroups(graph);
  const skips = skipEdgeIds(graph);
  return graph.edges.map((edge) => {
    const width = analysis.shapes.get(edge.source)?.width ?? null;
    // Inside a collapsed group the edges are hidden; the edge leaving it starts at the group's card.
    const inside = hidden.has(edge.target);
    const source = !inside && lastOf.has(edge.source) ? (lastOf.get(edge.source) as string) : edge.source;
    return {
      id: edge.id,
      type: 'shape',
      ...(inside ? { hidden: true } : {}),
      source,
      target: edge.target,
      selected: selected.has(edge.id),
      data: {
        label: shapeLabel(width),
        shortLabel: `[B, ${width ?? '?'}]`,
        known: width !== null,
        width,
        ...(tints?.has(edge.target) ? { tint: tints.get(edge.target) } : {}),
        ...(skips.has(edge.id) ? { skip: true } : {}),
      },
    };
  });
}
