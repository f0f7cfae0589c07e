import { MiniMap, type ReactFlowState, useStore } from '@xyflow/react';
import type { LayerFlowNode } from './flow-elements';
import { graphInView, nodeBounds } from './graph-in-view';

const MINIMAP_SIZE = { width: 168, height: 108 };

const minimapColour = (node: LayerFlowNode) => `var(--kind-${node.data.node.kind})`;

/** Whether some of the graph lies outside the pane: only then does the minimap help, and only then is it drawn. */
const someOffScreen = (state: ReactFlowState) =>
  !graphInView(nodeBounds(state.nodeLookup.values()), state.transform, { width: state.width, height: state.height });

/** The minimap, shown only while part of the graph is off screen, so it never sits on a graph that is all in view. */
export function CanvasMiniMap() {
  const needed = useStore(someOffScreen);
  if (!needed) return null;
  return <MiniMap pannable zoomable style={MINIMAP_SIZE} nodeColor={minimapColour} nodeStrokeWidth={0} ariaLabel="" />;
}
