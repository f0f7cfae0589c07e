import type { Connection, EdgeChange, NodeChange, Viewport } from '@xyflow/react';
import { type RefObject, useMemo } from 'react';
import { useServices } from '../../app/use-services';
import { applySelectChanges, movesOf, sizesOf } from './flow-changes';
import type { LayerFlowNode, ShapeFlowEdge } from './flow-elements';

/** The React Flow callbacks, each mapping an event to a named store action; `pointer` holds the last pointer position over the canvas. */
export function useFlowHandlers(pointer: RefObject<{ x: number; y: number } | null>) {
  const { store } = useServices();
  return useMemo(() => {
    const state = () => store.getState();
    return {
      onNodesChange(changes: NodeChange<LayerFlowNode>[]) {
        const moves = movesOf(changes);
        if (moves.length > 0) state().moveNodes(moves);
        const sizes = sizesOf(changes, state().view.nodeSizes);
        if (sizes) state().setNodeSizes(sizes);
        const { nodeIds, edgeIds } = state().view.selection;
        const nextNodes = applySelectChanges(nodeIds, changes);
        if (nextNodes !== nodeIds) state().setSelection(nextNodes, edgeIds);
      },
      onEdgesChange(changes: EdgeChange<ShapeFlowEdge>[]) {
        const { nodeIds, edgeIds } = state().view.selection;
        const nextEdges = applySelectChanges(edgeIds, changes);
        if (nextEdges !== edgeIds) state().setSelection(nodeIds, nextEdges);
      },
      isValidConnection(connection: Connection | ShapeFlowEdge) {
        return state().previewConnection(connection.source, connection.target, pointer.current);
      },
      onConnect(connection: Connection) {
        state().connect(connection.source, connection.target);
      },
      onDragStart() {
        state().beginChange();
      },
      onDragStop() {
        state().endChange();
      },
      onMoveEnd(_event: unknown, viewport: Viewport) {
        state().setViewport(viewport);
      },
    };
  }, [store, pointer]);
}
