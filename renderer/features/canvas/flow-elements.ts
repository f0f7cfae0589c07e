/**
 * The React Flow view of the document: nodes and edges derived from the graph, its analysis and
 * the selection. React Flow never owns this data; it renders what is derived here.
 */
import type { Edge, Node } from '@xyflow/react';
import type { GraphIssue } from '../../../src/graph/validate';
import type { GraphNode, Graph } from '../../../src/graph/types';
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
}

/** A canvas node. */
export type LayerFlowNode = Node<LayerNodeData, 'layer'>;

/** What an edge shows: the shape of the tensor it carries, in full and in a short form for tight gaps. */
export interface ShapeEdgeData extends Record<string, unknown> {
  label: string;
  shortLabel: string;
  known: boolean;
  /** The tint of the node the edge feeds; absent when off. */
  tint?: string;
}

/** A canvas edge. */
export type ShapeFlowEdge = Edge<ShapeEdgeData, 'shape'>;

/** Derives the canvas nodes: position, selection and measured size from the view, the card's content from the analysis, the tint from `tints` (node id → colour). */
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
  return graph.nodes.map((node) => ({
    id: node.id,
    type: 'layer',
    position: node.position,
    selected: selected.has(node.id),
    ...(sizes.has(node.id) ? { measured: sizes.get(node.id) } : {}),
    data: {
      node,
      summary: nodeSummary(node),
      width: analysis.shapes.get(node.id)?.width ?? null,
      paramCount: analysis.paramCounts.get(node.id) ?? null,
      issues: analysis.issuesByNode.get(node.id) ?? [],
      inputCount: inputs.get(node.id) ?? 0,
      ...(tints?.has(node.id) ? { tint: tints.get(node.id) } : {}),
    },
  }));
}

/** Derives the canvas edges, each labelled with the shape of its source's output and tinted like its target. */
export function toFlowEdges(graph: Graph, analysis: GraphAnalysis, selection: ViewState['selection'], tints: ReadonlyMap<string, string> | null = null): ShapeFlowEdge[] {
  const selected = new Set(selection.edgeIds);
  return graph.edges.map((edge) => {
    const width = analysis.shapes.get(edge.source)?.width ?? null;
    return {
      id: edge.id,
      type: 'shape',
      source: edge.source,
      target: edge.target,
      selected: selected.has(edge.id),
      data: { label: shapeLabel(width), shortLabel: `[B, ${width ?? '?'}]`, known: width !== null, ...(tints?.has(edge.target) ? { tint: tints.get(edge.target) } : {}) },
    };
  });
}
