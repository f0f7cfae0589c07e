/**
 * How the view fits the graph: the margins it keeps clear (the minimap sits in the bottom-right
 * corner, the zoom buttons bottom-left) and the largest zoom, shared by Fit, refits on load and
 * the first layout of a template, so that a layout made for the canvas is shown as it was made.
 */
import type { FitViewOptions } from '@xyflow/react';
import type { FitArea } from '../../store/wrap-layout';

/** Screen pixels kept clear on each side of the graph when it is fitted. */
export const FIT_MARGINS = { top: 32, right: 32, bottom: 136, left: 32 };

/** Largest zoom a fit goes to: a small graph is shown a little enlarged, not blown up. */
export const FIT_MAX_ZOOM = 1.25;

/** The options every fit passes to React Flow. */
export const FIT_VIEW_OPTIONS: FitViewOptions = {
  padding: { top: `${FIT_MARGINS.top}px`, right: `${FIT_MARGINS.right}px`, bottom: `${FIT_MARGINS.bottom}px`, left: `${FIT_MARGINS.left}px` },
  maxZoom: FIT_MAX_ZOOM,
};

/** The part of a canvas of this size that a fitted graph may fill. */
export function fitArea(canvas: { width: number; height: number }): FitArea {
  return {
    width: Math.max(1, canvas.width - FIT_MARGINS.left - FIT_MARGINS.right),
    height: Math.max(1, canvas.height - FIT_MARGINS.top - FIT_MARGINS.bottom),
    maxZoom: FIT_MAX_ZOOM,
  };
}
