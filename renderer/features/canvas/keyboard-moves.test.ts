import { describe, expect, it } from 'vitest';
import { BIG_NUDGE, NUDGE, nudgeOf, stepThrough, tabStop } from './keyboard-moves';

describe('canvas keyboard model', () => {
  it('moves by a small step, or a big one with Shift, only for arrow keys', () => {
    expect(nudgeOf('ArrowLeft', false)).toEqual({ x: -NUDGE, y: 0 });
    expect(nudgeOf('ArrowDown', true)).toEqual({ x: 0, y: BIG_NUDGE });
    expect(nudgeOf('a', false)).toBeNull();
  });

  it('steps through items in order and gives null past the ends', () => {
    const order = ['node:a', 'node:b', 'edge:e1'];
    expect(stepThrough(order, 'node:a', 1)).toBe('node:b');
    expect(stepThrough(order, 'node:a', -1)).toBeNull();
    expect(stepThrough(order, 'edge:e1', 1)).toBeNull();
  });

  it('puts the tab stop on the focused item, else the selection, else the last focused, else the first', () => {
    const order = ['node:a', 'node:b', 'node:c'];
    expect(tabStop(order, 'node:c', ['node:b'], null)).toBe('node:c');
    expect(tabStop(order, null, ['node:b'], 'node:c')).toBe('node:b');
    expect(tabStop(order, null, [], 'node:c')).toBe('node:c');
    expect(tabStop(order, null, [], 'node:gone')).toBe('node:a');
    expect(tabStop([], null, [], null)).toBeNull();
  });
});
