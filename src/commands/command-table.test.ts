import { describe, expect, it } from 'vitest';
import { COMMAND_LIST, COMMANDS, type CommandSpec, MENU_COMMANDS, MENU_TITLES } from './command-table';
import { acceleratorOf, chordLabel, commandForKey, shortcutHint } from './keys';
import { menuModels, menuSections } from './menus';

const specs = COMMAND_LIST as readonly CommandSpec[];
const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the command table', () => {
  it('gives every command a unique id, a label and a hint', () => {
    expect(COMMANDS.size).toBe(specs.length);
    for (const spec of specs) {
      expect(spec.label.trim().length, spec.id).toBeGreaterThan(0);
      expect(spec.hint.trim().length, spec.id).toBeGreaterThan(0);
    }
  });

  it('gives no two commands, and no command twice, the same chord', () => {
    const chords = specs.flatMap((spec) =>
      spec.keys.map((c) => `${c.mod ? 'mod+' : ''}${c.shift ? 'shift+' : ''}${c.key}`),
    );
    expect(chords.length).toBeGreaterThan(15);
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('lets a command show at most one chord as the Mac one', () => {
    for (const spec of specs) expect(spec.keys.filter((c) => c.mac).length, spec.id).toBeLessThanOrEqual(1);
  });

  it('finds every chord of every command from a key press', () => {
    for (const spec of specs) {
      for (const chord of spec.keys) {
        const key = chord.shift && chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
        expect(commandForKey(press(key, { ctrlKey: chord.mod, shiftKey: chord.shift }), false)).toBe(spec.id);
        if (chord.mod) expect(commandForKey(press(key, { metaKey: true, shiftKey: chord.shift }), false)).toBe(spec.id);
      }
    }
  });

  it('sends to the native menu exactly the commands the menus place, in table order', () => {
    expect(MENU_COMMANDS).toEqual(specs.filter((s) => s.place).map((s) => s.id));
    expect(MENU_COMMANDS).toContain('train');
    expect(MENU_COMMANDS).not.toContain('copy');
  });
});

describe('chords as people and Electron write them', () => {
  const redo = COMMANDS.get('redo')!;
  it('shows the platform habit first and the other chord after it', () => {
    expect(shortcutHint(redo, false)).toBe('Ctrl+Y or Ctrl+Shift+Z');
    expect(shortcutHint(redo, true)).toBe('⌘⇧Z or ⌘Y');
    expect(shortcutHint(COMMANDS.get('train')!, false)).toBe('Space');
    expect(shortcutHint(COMMANDS.get('about')!, false)).toBe('');
  });

  it('writes accelerators in Electron’s grammar', () => {
    expect(acceleratorOf({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(acceleratorOf({ key: ' ', mod: false, shift: false })).toBe('Space');
    expect(chordLabel({ key: 'Delete', mod: false, shift: false }, false)).toBe('Delete');
  });
});

describe('the menus as data', () => {
  it('lists the five menus in menu-bar order, each with at least one command', () => {
    const models = menuModels();
    expect(models.map((m) => m.title)).toEqual([...MENU_TITLES.values()]);
    for (const model of models) expect(model.sections.flat().length, model.name).toBeGreaterThan(0);
  });

  it('places every menu command exactly once, sections in order', () => {
    const placed = menuModels().flatMap((m) => m.sections.flat().map((s) => s.id));
    expect([...placed].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(menuSections('file').map((section) => section.map((s) => s.id))).toEqual([
      ['new', 'open', 'openLink'],
      ['save', 'saveAs', 'copyLink'],
      ['presets'],
    ]);
  });
});
