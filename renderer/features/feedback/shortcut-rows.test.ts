import { describe, expect, it } from 'vitest';
import { COMMAND_LIST, type CommandSpec } from '../../../src/commands/index';
import { shortcutRows } from './shortcut-rows';

const specs = COMMAND_LIST as readonly CommandSpec[];

describe('the shortcuts dialog', () => {
  it('lists every command that has keys, once, with all its chords, and no command without keys', () => {
    const rows = shortcutRows(false, false);
    expect(rows.map((r) => r.command)).toEqual(specs.filter((s) => s.keys.length > 0).map((s) => s.id));
    const byCommand = new Map(rows.map((r) => [r.command, r]));
    expect(byCommand.get('redo')?.keys).toBe('Ctrl+Y or Ctrl+Shift+Z');
    expect(byCommand.get('delete')?.keys).toBe('Delete or Backspace');
    expect(byCommand.get('autoLayout')?.keys).toBe('Ctrl+Shift+L');
    expect(byCommand.get('zoomToFit')?.keys).toBe('Ctrl+Shift+F');
    expect(byCommand.has('about')).toBe(false);
    for (const row of rows) expect(row.label.length, row.command).toBeGreaterThan(0);
  });

  it('writes Mac chords on a Mac', () => {
    expect(shortcutRows(true, false).find((r) => r.command === 'saveAs')?.keys).toBe('⌘⇧S');
  });

  it('says in the browser which keys the browser keeps, and nothing of it in the desktop app', () => {
    const web = shortcutRows(false, true).filter((r) => r.browserNote);
    expect(web.map((r) => r.command)).toEqual(specs.filter((s) => s.browserKeeps).map((s) => s.id));
    expect(web.map((r) => r.command)).toContain('new');
    expect(shortcutRows(false, false).some((r) => r.browserNote)).toBe(false);
  });
});
