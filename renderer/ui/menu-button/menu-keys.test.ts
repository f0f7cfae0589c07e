import { describe, expect, it } from 'vitest';
import { menuKeyAction } from './menu-keys';

const items = ['Welcome', 'Tour', 'Shortcuts', 'About', 'Settings'];

describe('keys in an open menu', () => {
  it('moves with the arrows, wrapping at both ends', () => {
    expect(menuKeyAction('ArrowDown', 0, items)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKeyAction('ArrowDown', 4, items)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('ArrowUp', 0, items)).toEqual({ kind: 'focus', index: 4 });
    expect(menuKeyAction('ArrowUp', -1, items)).toEqual({ kind: 'focus', index: 4 });
    expect(menuKeyAction('ArrowDown', -1, items)).toEqual({ kind: 'focus', index: 0 });
  });

  it('jumps to the ends with Home and End', () => {
    expect(menuKeyAction('Home', 3, items)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('End', 1, items)).toEqual({ kind: 'focus', index: 4 });
  });

  it('closes back to the button on Escape, and lets Tab move on', () => {
    expect(menuKeyAction('Escape', 2, items)).toEqual({ kind: 'close', returnFocus: true });
    expect(menuKeyAction('Tab', 2, items)).toEqual({ kind: 'close', returnFocus: false });
    expect(menuKeyAction('Escape', -1, [])).toEqual({ kind: 'close', returnFocus: true });
  });

  it('jumps to the next item starting with a typed letter, cycling among those that share it', () => {
    expect(menuKeyAction('s', 0, items)).toEqual({ kind: 'focus', index: 2 });
    expect(menuKeyAction('S', 2, items)).toEqual({ kind: 'focus', index: 4 });
    expect(menuKeyAction('s', 4, items)).toEqual({ kind: 'focus', index: 2 });
    expect(menuKeyAction('x', 0, items)).toEqual({ kind: 'none' });
  });

  it('leaves Enter, Space and other keys to the item itself', () => {
    for (const key of ['Enter', ' ', 'ArrowLeft', 'F1']) expect(menuKeyAction(key, 1, items)).toEqual({ kind: 'none' });
    expect(menuKeyAction('ArrowDown', -1, [])).toEqual({ kind: 'none' });
  });
});
