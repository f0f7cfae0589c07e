/**
 * How the view fits the graph: the margins it keeps clear (the minimap sits in the bottom-right
 * corner, the zoom buttons bottom-left) and the largest zoom, shared by Fit, refits on load and
 * the first layout of a template, so that a layout made for the canvas is shown as it was made.
 */
import type { FitViewOptions } from '@xyflow/react';
import type { FitArea } from '../../store/wrap-layout';
import { presenterViewOn } from '../presenter/presenter-setting';

/** Screen pixels kept clear on each side of the graph when it is fitted. */
export const FIT_MARGINS = { top: 32, right: 32, bottom: 136, left: 32 };

/** Largest zoom a fit goes to: a small graph is shown a little enlarged, not blown up. */
export const FIT_MAX_ZOOM = 1.25;

/**
 * The presenter view's margins: only the zoom buttons (one row, bottom left) to keep clear, since
 * the minimap hides while the whole graph is in view; and a larger zoom, for the back of a room.
 */
export const PRESENTER_FIT_MARGINS = { top: 16, right: 24, bottom: 48, left: 24 };
export const PRESENTER_FIT_MAX_ZOOM = 1.8;
/** The presenter view's cards carry 22 px names, which stay at 16 px or more from this zoom up. */
export const PRESENTER_READABLE_ZOOM = 0.75;

/** Margins and largest zoom of a fit, in the presenter view or not. */
function fitGeometry(presenter: boolean) {
  return presenter
    ? { margins: PRESENTER_FIT_MARGINS, maxZoom: PRESENTER_FIT_MAX_ZOOM }
    : { margins: FIT_MARGINS, maxZoom: FIT_MAX_ZOOM };
}

/** The options every fit passes to React Flow (read when the fit happens, so they follow the presenter view). */
export function fitViewOptions(presenter = presenterViewOn()): FitViewOptions {
  const { margins, maxZoom } = fitGeometry(presenter);
  return {
    padding: {
      top: `${margins.top}px`,
      right: `${margins.right}px`,
      bottom: `${margins.bottom}px`,
      left: `${margins.left}px`,
    },
    maxZoom,
  };
}

/** The part of a canvas of this size that a fitted graph may fill. */
export function fitArea(canvas: { width: number; height: number }, presenter = presenterViewOn()): FitArea {
  const { margins, maxZoom } = fitGeometry(presenter);
  return {
    width: Math.max(1, canvas.width - margins.left - margins.right),
    height: Math.max(1, canvas.height - margins.top - margins.bottom),
    maxZoom,
    ...(presenter ? { readableZoom: PRESENTER_READABLE_ZOOM } : {}),
  };
}
