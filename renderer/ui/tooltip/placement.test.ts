import { describe, expect, it } from 'vitest';
import { type Box, placeTooltip, TIP_GAP, VIEWPORT_MARGIN } from './placement';

const viewport = { width: 1280, height: 800 };
const tip = { width: 200, height: 60 };

function inside(p: { left: number; top: number }, size: { width: number; height: number }): boolean {
  return (
    p.left >= VIEWPORT_MARGIN &&
    p.top >= VIEWPORT_MARGIN &&
    p.left + size.width <= viewport.width - VIEWPORT_MARGIN &&
    p.top + size.height <= viewport.height - VIEWPORT_MARGIN
  );
}

describe('placeTooltip', () => {
  it('centres the tooltip under an anchor in the middle of the screen', () => {
    const anchor: Box = { left: 600, top: 300, width: 80, height: 30 };
    const p = placeTooltip(anchor, tip, viewport);
    expect(p).toEqual({ side: 'below', top: 300 + 30 + TIP_GAP, left: 640 - 100 });
  });

  it('goes above an anchor at the bottom edge', () => {
    const anchor: Box = { left: 600, top: 770, width: 80, height: 24 };
    const p = placeTooltip(anchor, tip, viewport);
    expect(p.side).toBe('above');
    expect(p.top + tip.height + TIP_GAP).toBe(770);
  });

  it('shifts right of the left edge and left of the right edge', () => {
    expect(placeTooltip({ left: 0, top: 10, width: 20, height: 20 }, tip, viewport).left).toBe(VIEWPORT_MARGIN);
    const right = placeTooltip({ left: 1270, top: 10, width: 10, height: 20 }, tip, viewport);
    expect(right.left + tip.width).toBe(viewport.width - VIEWPORT_MARGIN);
  });

  it('keeps every tooltip inside the viewport wherever its anchor is', () => {
    for (let x = -50; x <= 1300; x += 37) {
      for (let y = -20; y <= 820; y += 29) {
        const p = placeTooltip({ left: x, top: y, width: 40, height: 24 }, tip, viewport);
        expect(inside(p, tip), `anchor at ${x},${y} put the tip at ${p.left},${p.top}`).toBe(true);
      }
    }
  });

  it('keeps the top-left corner on screen when the tooltip is bigger than the viewport', () => {
    const p = placeTooltip({ left: 100, top: 100, width: 10, height: 10 }, { width: 2000, height: 1000 }, viewport);
    expect(p.left).toBe(VIEWPORT_MARGIN);
    expect(p.top).toBe(VIEWPORT_MARGIN);
  });
});
