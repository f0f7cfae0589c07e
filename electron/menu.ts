/**
 * The native menu as data: `buildMenuTemplate(state, actions)` returns the template for
 * Menu.buildFromTemplate, so items, accelerators and enabled states are unit-tested. The document
 * commands, their labels, keys and places come from the command table (src/commands) and go to the
 * renderer; recent files, the log, text editing, zoom and window items are the main process's own.
 */
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import {
  acceleratorOf,
  type Chord,
  type CommandSpec,
  commandSpec,
  MENU_TITLES,
  type MenuName,
  menuSections,
  shownChord,
} from '../src/commands/index';
import type { MenuCommand, RecentFile } from '../src/ipc/contract';

/** What the menu depends on. */
export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  /** Whether a project window is open (document commands need one). */
  hasWindow: boolean;
  recentFiles: readonly RecentFile[];
  /** Development builds add Reload and the developer tools. */
  isDevelopment: boolean;
}

/** What menu clicks do. */
export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
  /** Reveals the app's log file (Help › Show Log), to attach to a bug report. */
  showLog(): void;
}

/** Escapes '&', which Windows and Linux menus read as a mnemonic marker. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Labels of recent entries: the file name, plus its folder when two entries share a name. */
export function recentLabels(files: readonly RecentFile[]): string[] {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(file.name, (counts.get(file.name) ?? 0) + 1);
  return files.map((file) => {
    const folder = path.basename(path.dirname(file.path.replace(/\\/g, '/')));
    return menuLabel((counts.get(file.name) ?? 0) > 1 ? `${file.name} — ${folder}` : file.name);
  });
}

function recentSubmenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const labels = recentLabels(state.recentFiles);
  const items: MenuItemConstructorOptions[] =
    state.recentFiles.length === 0
      ? [{ label: 'No Recent Projects', enabled: false }]
      : state.recentFiles.map((file, i) => ({
          label: labels[i],
          toolTip: file.path,
          click: () => actions.openRecent(file.path),
        }));
  return [
    ...items,
    { type: 'separator' },
    { label: 'Clear Recent Projects', enabled: state.recentFiles.length > 0, click: () => actions.clearRecent() },
  ];
}

/** The native menu items of one command: the shown chord as its accelerator, any other chord as a hidden twin. */
function commandItems(spec: CommandSpec, state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const base: MenuItemConstructorOptions = {
    label: spec.menuLabel ?? spec.label,
    enabled: state.hasWindow || spec.withoutWindow === true,
    click: () => actions.command(spec.id as MenuCommand),
  };
  const shown = shownChord(spec, mac);
  if (!shown) return [base];
  // A plain key (Space) belongs to the canvas, which the renderer handles: shown here, not registered.
  const register = (chord: Chord) => (chord.mod ? {} : { registerAccelerator: false });
  const twins = spec.keys
    .filter((c) => c !== shown)
    .map((c) => ({ ...base, accelerator: acceleratorOf(c), visible: false, acceleratorWorksWhenHidden: true }));
  return [{ ...base, accelerator: acceleratorOf(shown), ...register(shown) }, ...twins];
}

/** A menu's commands from the table, sections divided by separators; `skip` leaves out commands placed elsewhere. */
function tableItems(
  menu: MenuName,
  state: MenuState,
  actions: MenuActions,
  extras: Map<string, MenuItemConstructorOptions[]> = new Map(),
  skip: ReadonlySet<string> = new Set(),
): MenuItemConstructorOptions[] {
  return menuSections(menu)
    .map((section) => section.filter((spec) => !skip.has(spec.id)))
    .filter((section) => section.length > 0)
    .flatMap((section, i) => [
      ...(i > 0 ? [{ type: 'separator' } as const] : []),
      ...section.flatMap((spec) => [...commandItems(spec, state, actions), ...(extras.get(spec.id) ?? [])]),
    ]);
}

/** Builds the whole menu bar for `state` from the command table; every click calls one of `actions` or an Electron role. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const top = (name: MenuName) => (mac ? MENU_TITLES.get(name)! : `&${MENU_TITLES.get(name)}`);
  const [about] = commandItems(commandSpec('about'), state, actions);
  const aboutItem = { ...about, label: `About ${state.appName}` };

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      aboutItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const recent = new Map([['open', [{ label: 'Open Recent', submenu: recentSubmenu(state, actions) }]]]);
  const file: MenuItemConstructorOptions = {
    label: top('file'),
    submenu: [
      ...tableItems('file', state, actions, recent),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: top('edit'),
    // Text editing keeps Electron's roles, so inputs still cut, copy and paste.
    submenu: [
      ...tableItems('edit', state, actions),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: top('view'),
    submenu: [
      ...tableItems('view', state, actions),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.isDevelopment
        ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };
  const train: MenuItemConstructorOptions = { label: top('train'), submenu: tableItems('train', state, actions) };
  // About is the app's own: in the app menu on a Mac, at the end of Help elsewhere.
  const help: MenuItemConstructorOptions = {
    label: top('help'),
    role: 'help',
    submenu: [
      ...tableItems('help', state, actions, new Map(), new Set(['about'])),
      { type: 'separator' },
      // Works without a window: the log matters most when the window is gone.
      { label: 'Show Log', click: () => actions.showLog() },
      ...(mac ? [] : [{ type: 'separator' } as const, aboutItem]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, train, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}
