import { describe, expect, it } from 'vitest';
import { freeSpot } from './free-spot';

const size = { width: 160, height: 90 };
const card = (x: number, y: number) => ({ position: { x, y }, width: 160, height: 90 });

describe('freeSpot', () => {
  it('keeps the middle of the view when no card is there', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, [card(400, 0)])).toEqual({ x: 0, y: 0 });
  });

  it('moves a new card off a card already in the middle, to a place that overlaps none', () => {
    const cards = [card(0, 0), card(-184, -114), card(0, -114)];
    const at = freeSpot({ x: 10, y: 10 }, size, cards);
    expect(at).not.toEqual({ x: 10, y: 10 });
    for (const c of cards) {
      const apart =
        at.x >= c.position.x + c.width ||
        c.position.x >= at.x + size.width ||
        at.y >= c.position.y + c.height ||
        c.position.y >= at.y + size.height;
      expect(apart).toBe(true);
    }
  });

  it('puts the next card to the right of one in the middle, on the same row', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, [card(0, 0)])).toEqual({ x: 184, y: 0 });
  });

  it('fills the places around the middle one after another', () => {
    const cards = [card(0, 0)];
    const first = freeSpot({ x: 0, y: 0 }, size, cards);
    const second = freeSpot({ x: 0, y: 0 }, size, [...cards, { position: first, width: 160, height: 90 }]);
    expect(second).not.toEqual(first);
  });
});
