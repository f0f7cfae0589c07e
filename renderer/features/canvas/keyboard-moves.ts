/** The canvas's keyboard model as pure functions: how far an arrow key moves a card, and where Tab goes next. */
import type { Position } from '../../../src/graph/index';

/** Canvas units an arrow key moves the selected cards. */
export const NUDGE = 10;
/** Canvas units Shift+arrow moves them. */
export const BIG_NUDGE = 50;
/** A pause this long (ms) after the last arrow key ends a move burst, which is then one undo step. */
export const BURST_IDLE_MS = 800;

const DIRECTIONS = new Map<string, Position>([
  ['ArrowUp', { x: 0, y: -1 }],
  ['ArrowDown', { x: 0, y: 1 }],
  ['ArrowLeft', { x: -1, y: 0 }],
  ['ArrowRight', { x: 1, y: 0 }],
]);

/** The move an arrow key asks for (NUDGE, or BIG_NUDGE with Shift); null for any other key. */
export function nudgeOf(key: string, big: boolean): Position | null {
  const direction = DIRECTIONS.get(key);
  if (!direction) return null;
  const step = big ? BIG_NUDGE : NUDGE;
  return { x: direction.x * step, y: direction.y * step };
}

/** The item `delta` places from `current` in `order`, or null past either end (Tab then leaves the canvas). */
export function stepThrough(order: readonly string[], current: string, delta: number): string | null {
  const at = order.indexOf(current);
  if (at < 0) return order[0] ?? null;
  return order[at + delta] ?? null;
}

/**
 * The one graph item Tab stops at when entering the canvas (roving tab stop): the focused item while focus is in the
 * graph, else the first selected node, else the item focused last, else the first in reading order.
 */
export function tabStop(
  order: readonly string[],
  focused: string | null,
  selected: readonly string[],
  lastFocused: string | null,
): string | null {
  if (focused && order.includes(focused)) return focused;
  const firstSelected = order.find((key) => selected.includes(key));
  if (firstSelected) return firstSelected;
  if (lastFocused && order.includes(lastFocused)) return lastFocused;
  return order[0] ?? null;
}
