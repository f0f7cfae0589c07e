import { describe, expect, it } from 'vitest';
import { commandForKey } from './commands';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl and Cmd alike', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }), false)).toBe('undo');
  });

  it('tells redo, save-as and the editing commands apart by shift and key', () => {
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(commandForKey(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('saveAs');
    expect(commandForKey(key('d', { ctrlKey: true }), false)).toBe('duplicate');
    expect(commandForKey(key('a', { ctrlKey: true }), false)).toBe('selectAll');
    expect(commandForKey(key('c', { ctrlKey: true }), false)).toBe('copy');
    expect(commandForKey(key('v', { ctrlKey: true }), false)).toBe('paste');
    expect(commandForKey(key('Delete'), false)).toBe('delete');
    expect(commandForKey(key('Backspace'), false)).toBe('delete');
    expect(commandForKey(key('K', { ctrlKey: true, shiftKey: true }), true)).toBe('copyLink');
  });

  it('ignores plain letters, Alt chords and unknown keys', () => {
    expect(commandForKey(key('z'), false)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandForKey(key('q', { ctrlKey: true }), false)).toBeNull();
  });

  it('toggles training with a bare Space, but not while typing or with a modifier', () => {
    expect(commandForKey(key(' '), false)).toBe('train');
    expect(commandForKey(key(' '), true)).toBeNull();
    expect(commandForKey(key(' ', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(key(' ', { shiftKey: true }), false)).toBeNull();
  });

  it('leaves editing keys to a focused text field but still saves from one', () => {
    expect(commandForKey(key('Backspace'), true)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('a', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), true)).toBe('save');
  });

  it('answers on the page the chords that were once only native menu accelerators', () => {
    expect(commandForKey(key('L', { ctrlKey: true, shiftKey: true }), false)).toBe('autoLayout');
    expect(commandForKey(key('F', { ctrlKey: true, shiftKey: true }), false)).toBe('zoomToFit');
    expect(commandForKey(key('O', { ctrlKey: true, shiftKey: true }), true)).toBe('openLink');
  });
});
