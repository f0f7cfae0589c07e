import { useMemo } from 'react';
import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { useGradientTint } from '../gradients/use-gradient-tint';
import { toFlowEdges, toFlowNodes } from './flow-elements';

/**
 * The canvas nodes and edges (tinted by gradient magnitude while `tintEnabled`), recomputed only when the graph, its
 * analysis, the selection, the measured sizes or the tint change.
 */
export function useFlowElements(tintEnabled = false) {
  const graph = useAppStore((s) => s.document.graph);
  const analysis = useAppStore(selectAnalysis);
  const selection = useAppStore((s) => s.view.selection);
  const sizes = useAppStore((s) => s.view.nodeSizes);
  const { tint, colours } = useGradientTint(tintEnabled);
  const nodes = useMemo(
    () => toFlowNodes(graph, analysis, selection, sizes, colours),
    [graph, analysis, selection, sizes, colours],
  );
  const edges = useMemo(() => toFlowEdges(graph, analysis, selection, colours), [graph, analysis, selection, colours]);
  return { nodes, edges, tint };
}
