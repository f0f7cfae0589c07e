import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useServices } from '../../app/use-services';
import { FALLBACK_NODE_SIZE } from '../../store/auto-layout';
import { useAppStore } from '../../store/use-app-store';
import { arrangeShownChain, visibleGraph } from '../../store/reading-layout';
import { fitArea } from './fit-view';

/**
 * Lays a just-loaded template out for this canvas once its size and every card's size are known
 * (a chain wraps into rows when one row would be unreadable); returns whether that is still pending,
 * so the canvas can keep the graph hidden until it shows it laid out.
 */
export function useArrangeOnLoad(): boolean {
  const { store } = useServices();
  const pending = useAppStore((s) => s.view.arrangePending);
  // Layers hidden inside a collapsed group are never drawn, so never measured: only the shown cards count.
  const measured = useAppStore((s) =>
    visibleGraph(s.document.graph).graph.nodes.every((n) => s.view.nodeSizes.has(n.id)),
  );
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (!pending || !measured || width === 0 || height === 0) return;
    const { document, view } = store.getState();
    const moves = arrangeShownChain(document.graph, view.nodeSizes, FALLBACK_NODE_SIZE, fitArea({ width, height }));
    store.getState().settleArrangement(moves ?? []);
  }, [pending, measured, width, height, store]);
  return pending;
}
