/** Where a node added without a pointer goes: the first place near the middle of the view that no card covers. */
import type { Position } from '../../../src/graph/index';

/** A card on the canvas: its top-left corner and size. */
export interface CardBox {
  position: Position;
  width: number;
  height: number;
}

/** Room kept between a new card and the cards around it. */
const GAP = 24;
/** How many places are tried in each direction before giving up and stacking on the first. */
const REACH = 12;

function overlaps(at: Position, size: { width: number; height: number }, box: CardBox): boolean {
  return (
    at.x < box.position.x + box.width + GAP &&
    box.position.x < at.x + size.width + GAP &&
    at.y < box.position.y + box.height + GAP &&
    box.position.y < at.y + size.height + GAP
  );
}

/** The grid offsets of one ring around the middle, in the order tried: same row first, right before left, below before above. */
function ring(r: number): Position[] {
  const cells: Position[] = [];
  for (let y = -r; y <= r; y++)
    for (let x = -r; x <= r; x++) if (Math.max(Math.abs(x), Math.abs(y)) === r) cells.push({ x, y });
  const rank = (c: Position) => [Math.abs(c.y), c.y < 0 ? 1 : 0, Math.abs(c.x), c.x < 0 ? 1 : 0];
  return cells.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || ra[3] - rb[3];
  });
}

/**
 * The free place for a card of `size` closest to `start`: `start` itself when free, else the nearest free spot on a grid
 * one card plus a gap apart (see ring); `start` when every place within reach is taken.
 */
export function freeSpot(
  start: Position,
  size: { width: number; height: number },
  cards: readonly CardBox[],
): Position {
  for (let r = 0; r <= REACH; r++) {
    for (const cell of ring(r)) {
      const at = { x: start.x + cell.x * (size.width + GAP), y: start.y + cell.y * (size.height + GAP) };
      if (!cards.some((card) => overlaps(at, size, card))) return at;
    }
  }
  return start;
}
