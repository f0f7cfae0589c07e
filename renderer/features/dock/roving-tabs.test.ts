import { describe, expect, it } from 'vitest';
import { nextTab } from './roving-tabs';

describe('nextTab', () => {
  const none = [false, false, false, false];

  it('moves right and left, wrapping at the ends', () => {
    expect(nextTab('ArrowRight', 1, none)).toBe(2);
    expect(nextTab('ArrowRight', 3, none)).toBe(0);
    expect(nextTab('ArrowLeft', 0, none)).toBe(3);
  });

  it('goes to the first and last tab with Home and End', () => {
    expect(nextTab('Home', 2, none)).toBe(0);
    expect(nextTab('End', 0, none)).toBe(3);
  });

  it('skips locked tabs and ignores other keys', () => {
    const locked = [true, false, true, false];
    expect(nextTab('ArrowRight', 1, locked)).toBe(3);
    expect(nextTab('Home', 3, locked)).toBe(1);
    expect(nextTab('End', 1, locked)).toBe(3);
    expect(nextTab('Enter', 1, locked)).toBeNull();
    expect(nextTab('ArrowRight', 0, [true])).toBeNull();
  });
});
