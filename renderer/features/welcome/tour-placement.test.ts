import { describe, expect, it } from 'vitest';
import { placeTourCard, TOUR_GAP } from './tour-placement';
import { TOUR_STEPS } from './tour-steps';

const window = { width: 1280, height: 800 };
const card = { width: 320, height: 180 };
const inside = (p: { left: number; top: number }) =>
  p.left >= TOUR_GAP &&
  p.top >= TOUR_GAP &&
  p.left + card.width <= window.width - TOUR_GAP &&
  p.top + card.height <= window.height - TOUR_GAP;

describe('placeTourCard', () => {
  it('puts the card to the right of a narrow element on the left, level with its top', () => {
    const palette = { left: 0, top: 60, width: 240, height: 400 };
    expect(placeTourCard(palette, card, window)).toEqual({ left: 240 + TOUR_GAP, top: 60, side: 'right' });
  });

  it('puts it to the left of an element at the right edge, and below a toolbar button near the right', () => {
    const inspector = { left: 980, top: 60, width: 300, height: 700 };
    expect(placeTourCard(inspector, card, window)).toMatchObject({ left: 980 - TOUR_GAP - 320, side: 'left' });
    const wideButton = { left: 0, top: 10, width: 1200, height: 30 };
    expect(placeTourCard(wideButton, card, window)).toMatchObject({ top: 40 + TOUR_GAP, side: 'below' });
  });

  it('goes inside an element that fills the window, and keeps every placement on screen', () => {
    const canvas = { left: 0, top: 0, width: 1280, height: 800 };
    const placed = placeTourCard(canvas, card, window);
    expect(placed.side).toBe('inside');
    expect(inside(placed)).toBe(true);
    const low = { left: 600, top: 760, width: 40, height: 30 };
    expect(inside(placeTourCard(low, card, window))).toBe(true);
  });

  it('centres the card when the element is not on screen', () => {
    expect(placeTourCard(null, card, window)).toEqual({ left: (1280 - 320) / 2, top: (800 - 180) / 2, side: 'centre' });
  });
});

describe('TOUR_STEPS', () => {
  it('visits the canvas, palette, inspector, Train and the gradient views, in about a minute of reading', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual(['canvas', 'palette', 'inspector', 'train', 'gradients']);
    // About 200 words a minute read aloud: the whole tour stays near 60 seconds.
    const words = TOUR_STEPS.reduce((n, s) => n + `${s.title} ${s.text}`.split(/\s+/).length, 0);
    expect(words).toBeLessThanOrEqual(230);
  });
});
