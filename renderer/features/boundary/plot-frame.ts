/** Where the data plane sits on a canvas: bounds in data units, a rectangle in CSS pixels, and the maps between them. */

/** Data bounds of the plane (x1 across, x2 up). */
export interface PlaneBounds {
  x1: [number, number];
  x2: [number, number];
}

/** The plot rectangle (CSS pixels) showing `bounds`. */
export interface PlotFrame {
  bounds: PlaneBounds;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest rectangle inside a box of `width`×`height` (less `margin` on every side) that shows
 * `bounds` with equal scales on both axes (a circle stays round), centred; with `stretch` it fills the box.
 */
export function fitFrame(
  bounds: PlaneBounds,
  width: number,
  height: number,
  margin: number,
  stretch = false,
): PlotFrame {
  const boxWidth = Math.max(1, width - 2 * margin);
  const boxHeight = Math.max(1, height - 2 * margin);
  if (stretch) return { bounds, left: margin, top: margin, width: boxWidth, height: boxHeight };
  const spanX = bounds.x1[1] - bounds.x1[0] || 1;
  const spanY = bounds.x2[1] - bounds.x2[0] || 1;
  const scale = Math.min(boxWidth / spanX, boxHeight / spanY);
  const plotWidth = spanX * scale;
  const plotHeight = spanY * scale;
  return {
    bounds,
    left: margin + (boxWidth - plotWidth) / 2,
    top: margin + (boxHeight - plotHeight) / 2,
    width: plotWidth,
    height: plotHeight,
  };
}

/** Canvas x of a data x1. */
export function toCanvasX(frame: PlotFrame, x1: number): number {
  const [min, max] = frame.bounds.x1;
  return frame.left + ((x1 - min) / (max - min || 1)) * frame.width;
}

/** Canvas y of a data x2 (up in data is down in pixels). */
export function toCanvasY(frame: PlotFrame, x2: number): number {
  const [min, max] = frame.bounds.x2;
  return frame.top + frame.height - ((x2 - min) / (max - min || 1)) * frame.height;
}

/**
 * The rectangle to draw a resolution² grid image into so that each pixel's centre lands on its grid
 * point (grid points sit on the bounds' edges, so the image overhangs the frame by half a cell; clip to the frame).
 */
export function gridImageRect(
  frame: PlotFrame,
  resolution: number,
): { x: number; y: number; width: number; height: number } {
  const cellX = frame.width / (resolution - 1);
  const cellY = frame.height / (resolution - 1);
  return {
    x: frame.left - cellX / 2,
    y: frame.top - cellY / 2,
    width: frame.width + cellX,
    height: frame.height + cellY,
  };
}
