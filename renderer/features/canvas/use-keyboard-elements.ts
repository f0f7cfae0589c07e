import { useMemo } from 'react';
import { screenOrder } from '../../../src/graph/index';
import { useAppStore } from '../../store/use-app-store';
import type { LayerFlowNode, ShapeFlowEdge } from './flow-elements';
import { describeEdge, describeNode } from './graph-description';
import { tabStop } from './keyboard-moves';
import type { ConnectMode } from './use-canvas-keyboard';

/** The graph's items in keyboard order: visible nodes in reading order (`node:<id>`), then visible edges (`edge:<id>`). */
export function useKeyboardOrder(nodes: LayerFlowNode[], edges: ShapeFlowEdge[]): string[] {
  return useMemo(
    () => [
      ...screenOrder(nodes.filter((n) => !n.hidden)).map((id) => `node:${id}`),
      ...edges.filter((e) => !e.hidden).map((e) => `edge:${e.id}`),
    ],
    [nodes, edges],
  );
}

/**
 * The canvas nodes and edges with what the keyboard and screen readers need: one tab stop for the whole graph (see
 * tabStop), a spoken label on each, and the connect mode's source and picked target marked.
 */
export function useKeyboardElements(
  nodes: LayerFlowNode[],
  edges: ShapeFlowEdge[],
  order: readonly string[],
  focus: { focused: string | null; lastFocused: string | null; connecting: ConnectMode | null },
) {
  const selected = useAppStore((s) => s.view.selection);
  const { focused, lastFocused, connecting } = focus;
  const stop = tabStop(
    order,
    focused,
    [...selected.nodeIds.map((id) => `node:${id}`), ...selected.edgeIds.map((id) => `edge:${id}`)],
    lastFocused,
  );
  const target = connecting ? connecting.targets[connecting.index] : null;
  const keyedNodes = useMemo(
    () =>
      nodes.map((n) => {
        const { node, width, paramCount, issues } = n.data;
        const marks = [
          n.id === connecting?.sourceId ? 'is-connect-source' : '',
          n.id === target ? 'is-connect-target' : '',
        ].filter(Boolean);
        return {
          ...n,
          ariaLabel: describeNode(node, { width, paramCount, problems: issues.length }),
          domAttributes: { tabIndex: stop === `node:${n.id}` ? 0 : -1 },
          ...(marks.length > 0 ? { className: marks.join(' ') } : {}),
        };
      }),
    [nodes, stop, connecting?.sourceId, target],
  );
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.data.node.name])), [nodes]);
  const keyedEdges = useMemo(
    () =>
      edges.map((e) => ({
        ...e,
        ariaLabel: describeEdge(
          names.get(e.source) ?? e.source,
          names.get(e.target) ?? e.target,
          e.data?.width ?? null,
        ),
        domAttributes: { tabIndex: stop === `edge:${e.id}` ? 0 : -1 },
      })),
    [edges, names, stop],
  );
  return { nodes: keyedNodes, edges: keyedEdges };
}
