import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { fitViewOptions } from './fit-view';
import { graphInView, nodeBounds } from './graph-in-view';

/**
 * Refits when the pane shrinks (a banner or the run switcher takes a row of the strip above it, the
 * dock grows) while the whole graph was in view, so that nothing is pushed out of sight or under
 * the zoom buttons (the zoom only goes down); a graph the person had zoomed into is left as it is.
 */
export function useKeepGraphInView(): void {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const store = useStoreApi();
  const { fitView } = useReactFlow();
  const previous = useRef<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { width, height };
    if (!before || width === 0 || height === 0 || (width >= before.width && height >= before.height)) return;
    const state = store.getState();
    const bounds = nodeBounds(state.nodeLookup.values());
    if (!graphInView(bounds, state.transform, before)) return;
    // Made to fit, never enlarged: the zoom only goes down.
    const options = fitViewOptions();
    void fitView({ ...options, maxZoom: Math.min(options.maxZoom ?? Infinity, state.transform[2]) });
  }, [width, height, store, fitView]);
}
