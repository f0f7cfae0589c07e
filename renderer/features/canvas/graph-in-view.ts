/** Whether the whole graph is on screen, which decides if the minimap has anything to offer. */

/** A rectangle in flow coordinates. */
export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * True when `bounds` (flow coordinates), drawn at the viewport `[x, y, zoom]`, lies inside a pane
 * of `size` screen pixels, `slack` pixels of overhang allowed; an empty graph counts as in view.
 */
export function graphInView(
  bounds: FlowRect | null,
  [x, y, zoom]: readonly [number, number, number],
  size: { width: number; height: number },
  slack = 4,
): boolean {
  if (!bounds || bounds.width <= 0 || bounds.height <= 0) return true;
  const left = bounds.x * zoom + x;
  const top = bounds.y * zoom + y;
  const right = left + bounds.width * zoom;
  const bottom = top + bounds.height * zoom;
  return left >= -slack && top >= -slack && right <= size.width + slack && bottom <= size.height + slack;
}

/** A laid-out node as React Flow keeps it: its absolute position and measured size. */
export interface PlacedNode {
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}

/** The bounds of the nodes, in flow coordinates (null when there are none). */
export function nodeBounds(nodes: Iterable<PlacedNode>): FlowRect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { x, y } = node.internals.positionAbsolute;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.measured.width ?? 0));
    bottom = Math.max(bottom, y + (node.measured.height ?? 0));
  }
  return Number.isFinite(left) ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}
