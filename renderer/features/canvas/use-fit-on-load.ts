import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { fitViewOptions } from './fit-view';

/** How long the graph may stay hidden waiting for its fit, should React Flow never report one. */
const FIT_WAIT_MS = 500;

/**
 * Fits the view to the graph whenever another document is loaded (new, open, preset, and the first
 * one at start-up), once any first layout is done, so it never opens off-screen; an empty canvas
 * opens at 100 %. Returns whether this load's fit is still to come: the canvas keeps the graph
 * hidden until then, so it is first seen where it will stay, not in the view of the previous
 * document or at the size of its layout before arranging.
 */
export function useFitOnLoad(arranging: boolean): boolean {
  const loadId = useAppStore((s) => s.view.loadId);
  const empty = useAppStore((s) => s.document.graph.nodes.length === 0);
  const { fitView, setViewport } = useReactFlow();
  const [fitted, setFitted] = useState<number | null>(null);
  useEffect(() => {
    if (arranging) return;
    let live = true;
    const show = () => {
      if (live) setFitted(loadId);
    };
    if (empty) {
      void setViewport({ x: 0, y: 0, zoom: 1 }).then(show, show);
      return () => void (live = false);
    }
    // React Flow fits once every shown card is measured, to the positions just rendered, then resolves.
    void fitView(fitViewOptions()).then(show, show);
    const fallback = setTimeout(show, FIT_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(fallback);
    };
    // Only a load (or the end of its first layout) refits; adding the first node to an empty canvas must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadId, arranging, fitView, setViewport]);
  return fitted !== loadId;
}
