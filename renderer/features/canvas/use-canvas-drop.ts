import { useReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback } from 'react';
import { useServices } from '../../app/use-services';
import { DROP_OFFSET, kindFromDrop, PALETTE_MIME } from '../palette/palette-drag';

/** Drag-over and drop handlers that add the palette's node kind where it is dropped. */
export function useCanvasDrop() {
  const { store } = useServices();
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = kindFromDrop(event.dataTransfer.getData(PALETTE_MIME));
      if (!kind) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      store.getState().addNodeAt(kind, { x: Math.round(at.x - DROP_OFFSET.x), y: Math.round(at.y - DROP_OFFSET.y) });
    },
    [store, screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
