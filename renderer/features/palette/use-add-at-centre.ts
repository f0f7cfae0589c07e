import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { NodeKind } from '../../../src/graph/index';
import { useServices } from '../../app/use-services';
import { freeSpot } from './free-spot';
import { DROP_OFFSET } from './palette-drag';

/** The size assumed for a card not measured yet (about a Linear card's). */
const CARD = { width: 2 * DROP_OFFSET.x, height: 2 * DROP_OFFSET.y };

/** Returns a function that adds a node of a kind in the middle of the visible canvas, or the nearest place there that no card covers. */
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
      const { document, view } = store.getState();
      const cards = document.graph.nodes.map((n) => ({ position: n.position, ...(view.nodeSizes.get(n.id) ?? CARD) }));
      const start = { x: Math.round(centre.x - DROP_OFFSET.x), y: Math.round(centre.y - DROP_OFFSET.y) };
      store.getState().addNodeAt(kind, freeSpot(start, CARD, cards));
    },
    [store, flow, flowStore],
  );
}
