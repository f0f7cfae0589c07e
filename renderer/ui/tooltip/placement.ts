/** Where a tooltip goes: below its anchor when it fits, otherwise above, always inside the viewport. */

/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The tooltip's top-left corner and the side of the anchor it ended up on. */
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Gap between the anchor and the tooltip, and the least distance kept from the viewport's edges. */
export const TIP_GAP = 6;
export const VIEWPORT_MARGIN = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Places a tooltip of size `tip` next to `anchor`: centred under it, or over it when there is more
 * room above, then shifted (never past the margin) so that no part leaves `viewport`. A tooltip
 * larger than the viewport keeps its top-left corner on screen, where reading starts.
 */
export function placeTooltip(
  anchor: Box,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.top + anchor.height + TIP_GAP;
  const above = anchor.top - TIP_GAP - tip.height;
  const fitsBelow = below + tip.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  const roomBelow = viewport.height - (anchor.top + anchor.height);
  const side = fitsBelow || (!fitsAbove && roomBelow >= anchor.top) ? 'below' : 'above';
  const top = clamp(side === 'below' ? below : above, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - tip.height);
  const centred = anchor.left + anchor.width / 2 - tip.width / 2;
  const left = clamp(centred, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - tip.width);
  return { left, top, side };
}
