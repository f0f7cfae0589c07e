import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';

/** Fits the view to the graph whenever another document is loaded (new, open, preset), so it never opens off-screen. */
export function useFitOnLoad(): void {
  const loadId = useAppStore((s) => s.view.loadId);
  const { fitView } = useReactFlow();
  useEffect(() => {
    // One frame later the new nodes have rendered and been measured.
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.12, maxZoom: 1.25 }));
    return () => cancelAnimationFrame(frame);
  }, [loadId, fitView]);
}
