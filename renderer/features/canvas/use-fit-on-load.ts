import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { fitViewOptions } from './fit-view';

/**
 * Fits the view to the graph whenever another document is loaded (new, open, preset), once any
 * first layout is done, so it never opens off-screen; an empty canvas opens at 100 %.
 */
export function useFitOnLoad(arranging: boolean): void {
  const loadId = useAppStore((s) => s.view.loadId);
  const empty = useAppStore((s) => s.document.graph.nodes.length === 0);
  const { fitView, setViewport } = useReactFlow();
  useEffect(() => {
    if (arranging) return;
    // One frame later the new nodes have rendered and been measured.
    const frame = requestAnimationFrame(
      () => void (empty ? setViewport({ x: 0, y: 0, zoom: 1 }) : fitView(fitViewOptions())),
    );
    return () => cancelAnimationFrame(frame);
    // Only a load (or the end of its first layout) refits; adding the first node to an empty canvas must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadId, arranging, fitView, setViewport]);
}
