import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorOf, COMMANDS, MENU_COMMANDS, menuModels } from '../src/commands/index';
import type { RecentFile } from '../src/ipc/contract';
import { buildMenuTemplate, type MenuState, recentLabels } from './menu';

type Item = MenuItemConstructorOptions;

function state(overrides: Partial<MenuState> = {}): MenuState {
  return {
    platform: 'linux',
    appName: 'MLP Studio',
    hasWindow: true,
    recentFiles: [],
    isDevelopment: false,
    ...overrides,
  };
}

function actions() {
  return { command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), showLog: vi.fn() };
}

const submenu = (item: Item) => item.submenu as Item[];
/** The top-level menu whose label (without the mnemonic marker) is `label`. */
function menu(template: Item[], label: string): Item[] {
  const found = template.find((m) => m.label?.replace('&', '') === label);
  if (!found) throw new Error(`no ${label} menu in ${template.map((m) => m.label ?? m.role).join(', ')}`);
  return submenu(found);
}
/** The visible item labelled `label` in a submenu. */
function entry(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label && i.visible !== false);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}
/** Clicks an item the way Electron would. */
const click = (item: Item) => (item.click as () => void)();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Train and Help on Linux and Windows, with the app menu and Window menu added on macOS', () => {
    expect(buildMenuTemplate(state(), actions()).map((m) => m.label ?? m.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Train',
      '&Help',
    ]);
    expect(buildMenuTemplate(state({ platform: 'darwin' }), actions()).map((m) => m.label ?? m.role)).toEqual([
      'MLP Studio',
      'File',
      'Edit',
      'View',
      'Train',
      'windowMenu',
      'Help',
    ]);
  });

  it('gives the usual accelerators and sends the matching commands', () => {
    const a = actions();
    const template = buildMenuTemplate(state(), a);
    const expected: [string, string, string, string][] = [
      ['File', 'New Project', 'CmdOrCtrl+N', 'new'],
      ['File', 'Open…', 'CmdOrCtrl+O', 'open'],
      ['File', 'Open Link…', 'CmdOrCtrl+Shift+O', 'openLink'],
      ['File', 'Save', 'CmdOrCtrl+S', 'save'],
      ['File', 'Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
      ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
      ['Edit', 'Redo', 'CmdOrCtrl+Y', 'redo'],
    ];
    for (const [menuName, label, accelerator, command] of expected) {
      const item = entry(menu(template, menuName), label);
      expect(item.accelerator, label).toBe(accelerator);
      click(item);
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
  });

  it('makes Redo answer both Ctrl+Y and Ctrl+Shift+Z, showing the platform habit', () => {
    for (const [platform, shown, hidden] of [
      ['linux', 'CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z'],
      ['darwin', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    ] as const) {
      const redo = menu(buildMenuTemplate(state({ platform }), actions()), 'Edit').filter((i) => i.label === 'Redo');
      expect(redo.map((i) => [i.accelerator, i.visible !== false])).toEqual([
        [shown, true],
        [hidden, false],
      ]);
      expect(redo[1].acceleratorWorksWhenHidden).toBe(true);
    }
  });

  it('shows Space for Train / Pause without taking the key from the canvas, and binds no other plain key', () => {
    const template = buildMenuTemplate(state(), actions());
    const trainPause = entry(menu(template, 'Train'), 'Train / Pause');
    expect(trainPause).toMatchObject({ accelerator: 'Space', registerAccelerator: false });
    const registered = template.flatMap(submenu).filter((i) => i.accelerator && i.registerAccelerator !== false);
    for (const item of registered) expect(String(item.accelerator), item.label).toMatch(/^CmdOrCtrl\+/);
  });

  it('keeps text editing to Electron roles so inputs still cut, copy and paste', () => {
    const roles = menu(buildMenuTemplate(state(), actions()), 'Edit')
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('disables document commands without a window but keeps New, Open and Open Link', () => {
    const template = buildMenuTemplate(state({ hasWindow: false, platform: 'darwin' }), actions());
    expect(entry(menu(template, 'File'), 'New Project').enabled).toBe(true);
    expect(entry(menu(template, 'File'), 'Open…').enabled).toBe(true);
    expect(entry(menu(template, 'File'), 'Open Link…').enabled).toBe(true);
    for (const [m, label] of [
      ['File', 'Save'],
      ['File', 'Save As…'],
      ['Edit', 'Undo'],
      ['Train', 'Train / Pause'],
      ['Train', 'Reset Training'],
      ['View', 'Auto Layout'],
    ]) {
      expect(entry(menu(template, m), label).enabled, label).toBe(false);
    }
    expect(entry(menu(buildMenuTemplate(state(), actions()), 'Train'), 'Step One Epoch').enabled).toBe(true);
  });

  it('lists recent projects newest first, opens the clicked one and can clear the list', () => {
    const a = actions();
    const recentFiles: RecentFile[] = [
      { path: '/work/moons.mlp', name: 'moons.mlp' },
      { path: '/talks/R&D.mlp', name: 'R&D.mlp' },
    ];
    const recent = submenu(entry(menu(buildMenuTemplate(state({ recentFiles }), a), 'File'), 'Open Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'moons.mlp',
      'R&&D.mlp',
      'separator',
      'Clear Recent Projects',
    ]);
    click(recent[1]);
    expect(a.openRecent).toHaveBeenCalledWith('/talks/R&D.mlp');
    expect(recent[3].enabled).toBe(true);
    click(recent[3]);
    expect(a.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder and a disabled Clear when there are no recent projects', () => {
    const recent = submenu(entry(menu(buildMenuTemplate(state(), actions()), 'File'), 'Open Recent'));
    expect(recent.map((i) => [i.label ?? i.type, i.enabled])).toEqual([
      ['No Recent Projects', false],
      ['separator', undefined],
      ['Clear Recent Projects', false],
    ]);
  });

  it('offers Reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      menu(buildMenuTemplate(state({ isDevelopment }), actions()), 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('recentLabels', () => {
  it('opens welcome, tour, shortcuts, the classroom modes and About from Help (About in the app menu on macOS)', () => {
    const a = actions();
    const help = menu(buildMenuTemplate(state(), a), 'Help');
    for (const [label, command] of [
      ['Welcome…', 'welcome'],
      ['Take the 60-Second Tour', 'tour'],
      ['Keyboard Shortcuts', 'shortcuts'],
      ['Instructor Mode', 'instructorMode'],
      ['Presenter View', 'presenterView'],
      ['About MLP Studio', 'about'],
    ]) {
      click(entry(help, label));
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
    const mac = buildMenuTemplate(state({ platform: 'darwin' }), a);
    expect(menu(mac, 'Help').map((i) => i.label ?? i.type)).toEqual([
      'Welcome…',
      'Take the 60-Second Tour',
      'Keyboard Shortcuts',
      'separator',
      'Instructor Mode',
      'Presenter View',
      'separator',
      'Show Log',
    ]);
    expect(submenu(mac[0])[0]).toMatchObject({ label: 'About MLP Studio' });
  });

  it('reveals the log from Help › Show Log on every platform, even with no window open', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const a = actions();
      const showLog = entry(menu(buildMenuTemplate(state({ platform, hasWindow: false }), a), 'Help'), 'Show Log');
      expect(showLog.enabled, platform).not.toBe(false);
      click(showLog);
      expect(a.showLog, platform).toHaveBeenCalledOnce();
      expect(a.command).not.toHaveBeenCalled();
    }
  });

  it('adds the folder when two recent files share a name', () => {
    expect(
      recentLabels([
        { path: '/a/net.mlp', name: 'net.mlp' },
        { path: 'C:\\b\\net.mlp', name: 'net.mlp' },
        { path: '/c/xor.mlp', name: 'xor.mlp' },
      ]),
    ).toEqual(['net.mlp — a', 'net.mlp — b', 'xor.mlp']);
  });
});

describe('the menu and the command table', () => {
  /** Every command the template's items send, in menu order, by clicking each visible item. */
  function sentCommands(platform: NodeJS.Platform) {
    const a = actions();
    const items = buildMenuTemplate(state({ platform }), a).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    for (const item of items) if (item.click && item.visible !== false) click(item);
    return a.command.mock.calls.map(([command]) => command as string);
  }

  it('offers exactly the commands the table places in its menus, each once', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const sent = sentCommands(platform);
      expect(new Set(sent).size, platform).toBe(sent.length);
      expect([...sent].sort(), platform).toEqual([...MENU_COMMANDS].sort());
    }
    // On Linux and Windows the order is the table's menus, About last in Help.
    const placed = menuModels().flatMap((m) => m.sections.flat().map((s) => s.id));
    expect(sentCommands('linux')).toEqual([...placed.filter((id) => id !== 'about'), 'about']);
  });

  it('gives each item the accelerators of its command’s keys, and no others', () => {
    const items = buildMenuTemplate(state(), actions()).flatMap(submenu);
    for (const id of MENU_COMMANDS) {
      const spec = COMMANDS.get(id)!;
      const label = spec.menuLabel ?? spec.label;
      const accelerators = items.filter((i) => i.label === label).map((i) => i.accelerator);
      expect(accelerators.filter(Boolean).sort(), id).toEqual(spec.keys.map(acceleratorOf).sort());
    }
  });
});
