/**
 * Where the tour's card goes: beside the highlighted element when there is room (right, left,
 * below, above, in that order), otherwise inside it near its top-right corner, always kept inside
 * the window.
 */

/** A rectangle in window pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space between the highlighted element and the card, and between the card and the window edge. */
export const TOUR_GAP = 12;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/** The card's top-left corner and the side of the target it sits on ('inside' when no side has room, 'centre' without a target). */
export function placeTourCard(
  target: Box | null,
  card: { width: number; height: number },
  window: { width: number; height: number },
): { left: number; top: number; side: 'right' | 'left' | 'below' | 'above' | 'inside' | 'centre' } {
  const fitX = (left: number) => clamp(left, TOUR_GAP, window.width - card.width - TOUR_GAP);
  const fitY = (top: number) => clamp(top, TOUR_GAP, window.height - card.height - TOUR_GAP);
  if (!target)
    return {
      left: fitX((window.width - card.width) / 2),
      top: fitY((window.height - card.height) / 2),
      side: 'centre',
    };
  const right = target.left + target.width + TOUR_GAP;
  const below = target.top + target.height + TOUR_GAP;
  if (right + card.width + TOUR_GAP <= window.width) return { left: right, top: fitY(target.top), side: 'right' };
  if (target.left - TOUR_GAP - card.width >= TOUR_GAP)
    return { left: target.left - TOUR_GAP - card.width, top: fitY(target.top), side: 'left' };
  if (below + card.height + TOUR_GAP <= window.height) return { left: fitX(target.left), top: below, side: 'below' };
  if (target.top - TOUR_GAP - card.height >= TOUR_GAP)
    return { left: fitX(target.left), top: target.top - TOUR_GAP - card.height, side: 'above' };
  return {
    left: fitX(target.left + target.width - card.width - TOUR_GAP),
    top: fitY(target.top + TOUR_GAP),
    side: 'inside',
  };
}
