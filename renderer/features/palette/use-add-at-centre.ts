import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { NodeKind } from '../../../src/graph/index';
import { useServices } from '../../app/use-services';
import { DROP_OFFSET } from './palette-drag';

/** Step between nodes added at the same spot, so repeated clicks fan out instead of stacking. */
const STAGGER = 28;

/** Returns a function that adds a node of a kind in the middle of the visible canvas. */
export function useAddAtCentre(): (kind: NodeKind) => void {
  const { store } = useServices();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (kind: NodeKind) => {
      const box = flowStore.getState().domNode?.getBoundingClientRect();
      const centre = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      const { nodes } = store.getState().document.graph;
      let position = { x: Math.round(centre.x - DROP_OFFSET.x), y: Math.round(centre.y - DROP_OFFSET.y) };
      while (nodes.some((n) => n.position.x === position.x && n.position.y === position.y)) {
        position = { x: position.x + STAGGER, y: position.y + STAGGER };
      }
      store.getState().addNodeAt(kind, position);
    },
    [store, flow, flowStore],
  );
}
