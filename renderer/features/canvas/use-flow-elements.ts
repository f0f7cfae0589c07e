import { useMemo } from 'react';
import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { toFlowEdges, toFlowNodes } from './flow-elements';

/** The canvas nodes and edges, recomputed only when the graph, its analysis, the selection or the measured sizes change. */
export function useFlowElements() {
  const graph = useAppStore((s) => s.document.graph);
  const analysis = useAppStore(selectAnalysis);
  const selection = useAppStore((s) => s.view.selection);
  const sizes = useAppStore((s) => s.view.nodeSizes);
  const nodes = useMemo(() => toFlowNodes(graph, analysis, selection, sizes), [graph, analysis, selection, sizes]);
  const edges = useMemo(() => toFlowEdges(graph, analysis, selection), [graph, analysis, selection]);
  return { nodes, edges };
}
