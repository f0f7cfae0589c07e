import { MiniMap, type ReactFlowState, useStore } from '@xyflow/react';
import type { LayerFlowNode } from './flow-elements';
import { type FlowRect, graphInView } from './graph-in-view';

const MINIMAP_SIZE = { width: 168, height: 108 };

const minimapColour = (node: LayerFlowNode) => `var(--kind-${node.data.node.kind})`;

/** The bounds of every measured node, in flow coordinates (null for an empty graph). */
function nodeBounds(state: ReactFlowState): FlowRect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of state.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.measured.width ?? 0));
    bottom = Math.max(bottom, y + (node.measured.height ?? 0));
  }
  return Number.isFinite(left) ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

/** Whether some of the graph lies outside the pane: only then does the minimap help, and only then is it drawn. */
const someOffScreen = (state: ReactFlowState) => !graphInView(nodeBounds(state), state.transform, { width: state.width, height: state.height });

/** The minimap, shown only while part of the graph is off screen, so it never sits on a graph that is all in view. */
export function CanvasMiniMap() {
  const needed = useStore(someOffScreen);
  if (!needed) return null;
  return <MiniMap pannable zoomable style={MINIMAP_SIZE} nodeColor={minimapColour} nodeStrokeWidth={0} ariaLabel="" />;
}
