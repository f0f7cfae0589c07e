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
export function graphInView(bounds: FlowRect | null, [x, y, zoom]: readonly [number, number, number], size: { width: number; height: number }, slack = 4): boolean {
  if (!bounds || bounds.width <= 0 || bounds.height <= 0) return true;
  const left = bounds.x * zoom + x;
  const top = bounds.y * zoom + y;
  const right = left + bounds.width * zoom;
  const bottom = top + bounds.height * zoom;
  return left >= -slack && top >= -slack && right <= size.width + slack && bottom <= size.height + slack;
}
