/**
 * The native menu as data: `buildMenuTemplate(state, actions)` returns the template for
 * Menu.buildFromTemplate, so items, accelerators and enabled states are unit-tested. Document
 * commands go to the renderer; text editing, zoom and window items use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
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

/** Builds the whole menu bar for `state`; every click calls one of `actions` or an Electron role. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const doc = state.hasWindow;
  const item = (
    label: string,
    command: MenuCommand,
    extra: MenuItemConstructorOptions = {},
  ): MenuItemConstructorOptions => ({
    label,
    enabled: doc,
    click: () => actions.command(command),
    ...extra,
  });
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const top = (label: string) => (mac ? label : `&${label}`);
  const about = item(`About ${state.appName}`, 'about', { enabled: true });

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      about,
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
  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      item('New Project', 'new', { accelerator: 'CmdOrCtrl+N', enabled: true }),
      item('Open…', 'open', { accelerator: 'CmdOrCtrl+O', enabled: true }),
      { label: 'Open Recent', submenu: recentSubmenu(state, actions) },
      // Asks for a shared link (mlp-studio:// or a web build's #p= link) in the window.
      item('Open Link…', 'openLink', { accelerator: 'CmdOrCtrl+Shift+O', enabled: true }),
      { type: 'separator' },
      item('Save', 'save', { accelerator: 'CmdOrCtrl+S' }),
      item('Save As…', 'saveAs', { accelerator: 'CmdOrCtrl+Shift+S' }),
      { type: 'separator' },
      item('Example Projects…', 'presets'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  // Redo answers both Shift+Z and Y; the platform's usual one is shown, the other works hidden.
  const [redoShown, redoHidden] = mac ? ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'] : ['CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z'];
  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      item('Undo', 'undo', { accelerator: 'CmdOrCtrl+Z' }),
      item('Redo', 'redo', { accelerator: redoShown }),
      item('Redo', 'redo', { accelerator: redoHidden, visible: false, acceleratorWorksWhenHidden: true }),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      item('Auto Layout', 'autoLayout', { accelerator: 'CmdOrCtrl+Shift+L' }),
      item('Zoom to Fit', 'zoomToFit', { accelerator: 'CmdOrCtrl+Shift+F' }),
      item('Toggle Dark Theme', 'toggleTheme'),
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
  // Space belongs to the canvas (the renderer handles it), so it is shown here but not registered.
  const train: MenuItemConstructorOptions = {
    label: top('Train'),
    submenu: [
      item('Train / Pause', 'train', { accelerator: 'Space', registerAccelerator: false }),
      item('Step One Batch', 'step'),
      item('Step One Epoch', 'stepEpoch'),
      { type: 'separator' },
      item('Reset Training', 'reset'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: top('Help'),
    role: 'help',
    submenu: [
      item('Welcome…', 'welcome'),
      item('Take the 60-Second Tour', 'tour'),
      item('Keyboard Shortcuts', 'shortcuts'),
      { type: 'separator' },
      // Works without a window: the log matters most when the window is gone.
      { label: 'Show Log', click: () => actions.showLog() },
      ...(mac ? [] : [{ type: 'separator' } as const, about]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, train, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}
