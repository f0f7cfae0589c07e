/**
 * Every command of the app, defined once: its label, its keys, where the menus place it and the
 * instructor lock that holds it. Headless, so the Electron main process builds its menu from the
 * same table the renderer's toolbar, web menus, keyboard handler and shortcuts dialog read.
 */

/** A top-level menu, in the order the menu bar shows them. */
export type MenuName = 'file' | 'edit' | 'view' | 'train' | 'help';

/** The menus in menu-bar order, with their titles. */
export const MENU_TITLES: ReadonlyMap<MenuName, string> = new Map([
  ['file', 'File'],
  ['edit', 'Edit'],
  ['view', 'View'],
  ['train', 'Train'],
  ['help', 'Help'],
]);

/** One key chord: `mod` is Ctrl, or Cmd on a Mac. */
export interface Chord {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  /** The chord a Mac shows first when a command has several (Redo: ⌘⇧Z there, Ctrl+Y elsewhere). */
  readonly mac?: boolean;
}

/** Where a command sits in the menus: its menu and its section (sections are divided by separators). */
export interface MenuPlace {
  readonly menu: MenuName;
  readonly section: number;
}

/** The headless half of a command; the renderer adds when it is enabled and what it does. */
export interface CommandSpec {
  readonly id: string;
  /** The name people read in the toolbar, the shortcuts dialog and the Access panel. */
  readonly label: string;
  /** The native menu's wording when it differs (title case, an ellipsis when a dialog follows). */
  readonly menuLabel?: string;
  /** One line saying what it does, shown under the label in the web menus. */
  readonly hint: string;
  /** Its keys; the first (or the one marked `mac` on a Mac) is the one shown. */
  readonly keys: readonly Chord[];
  /** Whether the keys also work while typing in a field (saving does; copy and undo belong to the field). */
  readonly inFields: boolean;
  /** The classroom control that locks it (a stable id saved in .mlp files); absent, no lock holds it. */
  readonly control?: string;
  /** Its place in the menus; absent, only keys and buttons reach it. */
  readonly place?: MenuPlace;
  /** Whether the native menu offers it with no project window open (New, Open, About). */
  readonly withoutWindow?: boolean;
  /** Why a browser keeps its keys from the page, when it does: the web build cannot answer them. */
  readonly browserKeeps?: string;
}

const mod = (key: string, shift = false): Chord => ({ key, mod: true, shift });
const plain = (key: string): Chord => ({ key, mod: false, shift: false });

/** The commands in the order the shortcuts dialog lists them. */
export const COMMAND_LIST = [
  {
    id: 'new',
    label: 'New project',
    menuLabel: 'New Project',
    hint: 'The starter network; asks first about unsaved changes',
    keys: [mod('n')],
    inFields: true,
    control: 'toolbar.new',
    place: { menu: 'file', section: 0 },
    withoutWindow: true,
    browserKeeps: 'desktop app only: browsers keep this key for a new window',
  },
  {
    id: 'open',
    label: 'Open',
    menuLabel: 'Open…',
    hint: 'A .mlp project file',
    keys: [mod('o')],
    inFields: true,
    control: 'toolbar.open',
    place: { menu: 'file', section: 0 },
    withoutWindow: true,
  },
  {
    id: 'openLink',
    label: 'Open a link',
    menuLabel: 'Open Link…',
    hint: 'A shared lesson link',
    keys: [mod('o', true)],
    inFields: true,
    // Opening a link replaces the project just as Open does, so the same lock holds it.
    control: 'toolbar.open',
    place: { menu: 'file', section: 0 },
    withoutWindow: true,
  },
  {
    id: 'save',
    label: 'Save',
    hint: 'To the project’s .mlp file',
    keys: [mod('s')],
    inFields: true,
    control: 'toolbar.save',
    place: { menu: 'file', section: 1 },
  },
  {
    id: 'saveAs',
    label: 'Save As',
    menuLabel: 'Save As…',
    hint: 'To a new .mlp file',
    keys: [mod('s', true)],
    inFields: true,
    control: 'toolbar.saveAs',
    place: { menu: 'file', section: 1 },
  },
  {
    id: 'copyLink',
    label: 'Copy a link to the project',
    menuLabel: 'Copy Link…',
    hint: 'A link that opens this lesson',
    keys: [mod('k', true)],
    inFields: true,
    place: { menu: 'file', section: 1 },
  },
  {
    id: 'presets',
    label: 'Presets',
    menuLabel: 'Example Projects…',
    hint: 'The bundled lessons',
    keys: [],
    inFields: false,
    control: 'toolbar.presets',
    place: { menu: 'file', section: 2 },
  },
  {
    id: 'undo',
    label: 'Undo',
    hint: 'The last change',
    keys: [mod('z')],
    inFields: false,
    control: 'toolbar.undo',
    place: { menu: 'edit', section: 0 },
  },
  {
    id: 'redo',
    label: 'Redo',
    hint: 'The change just undone',
    keys: [mod('y'), { ...mod('z', true), mac: true }],
    inFields: false,
    control: 'toolbar.redo',
    place: { menu: 'edit', section: 0 },
  },
  { id: 'copy', label: 'Copy nodes', hint: 'The selected nodes', keys: [mod('c')], inFields: false },
  { id: 'paste', label: 'Paste nodes', hint: 'The copied nodes', keys: [mod('v')], inFields: false },
  { id: 'duplicate', label: 'Duplicate nodes', hint: 'The selected nodes', keys: [mod('d')], inFields: false },
  { id: 'selectAll', label: 'Select all', hint: 'Every node', keys: [mod('a')], inFields: false },
  {
    id: 'delete',
    label: 'Delete selection',
    hint: 'The selected nodes and edges',
    keys: [plain('Delete'), plain('Backspace')],
    inFields: false,
    control: 'edit.delete',
  },
  {
    id: 'autoLayout',
    label: 'Auto-layout',
    menuLabel: 'Auto Layout',
    hint: 'Nodes left to right in data-flow order',
    keys: [mod('l', true)],
    inFields: false,
    control: 'toolbar.autoLayout',
    place: { menu: 'view', section: 0 },
  },
  {
    id: 'zoomToFit',
    label: 'Zoom to fit',
    hint: 'The whole network in view',
    keys: [mod('f', true)],
    inFields: false,
    control: 'toolbar.fit',
    place: { menu: 'view', section: 0 },
  },
  {
    id: 'toggleTheme',
    label: 'Toggle dark theme',
    menuLabel: 'Toggle Dark Theme',
    hint: 'Light or dark',
    keys: [],
    inFields: false,
    place: { menu: 'view', section: 0 },
  },
  {
    id: 'chartTables',
    label: 'Show chart data as tables',
    menuLabel: 'Show Chart Data as Tables',
    hint: 'Each chart shows its latest points as a table instead of lines (again to go back)',
    keys: [],
    inFields: false,
    place: { menu: 'view', section: 0 },
  },
  {
    id: 'train',
    label: 'Train / Pause',
    hint: 'Start or pause training',
    keys: [plain(' ')],
    inFields: false,
    control: 'toolbar.train',
    place: { menu: 'train', section: 0 },
  },
  {
    id: 'step',
    label: 'Step one batch',
    menuLabel: 'Step One Batch',
    hint: 'One weight update, then pause',
    keys: [],
    inFields: false,
    control: 'toolbar.step',
    place: { menu: 'train', section: 0 },
  },
  {
    id: 'stepEpoch',
    label: 'Step one epoch',
    menuLabel: 'Step One Epoch',
    hint: 'To the end of the epoch, then pause',
    keys: [],
    inFields: false,
    control: 'toolbar.stepEpoch',
    place: { menu: 'train', section: 0 },
  },
  {
    id: 'reset',
    label: 'Reset training',
    menuLabel: 'Reset Training',
    hint: 'Fresh weights from the seed',
    keys: [],
    inFields: false,
    control: 'toolbar.reset',
    place: { menu: 'train', section: 1 },
  },
  {
    id: 'welcome',
    label: 'Welcome',
    menuLabel: 'Welcome…',
    hint: 'Examples, recent projects and the tour',
    keys: [],
    inFields: false,
    place: { menu: 'help', section: 0 },
  },
  {
    id: 'tour',
    label: '60-second tour',
    menuLabel: 'Take the 60-Second Tour',
    hint: 'The canvas, palette, inspector, Train and the gradient views',
    keys: [],
    inFields: false,
    place: { menu: 'help', section: 0 },
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    menuLabel: 'Keyboard Shortcuts',
    hint: 'Every key the editor answers',
    keys: [],
    inFields: false,
    place: { menu: 'help', section: 0 },
  },
  {
    id: 'instructorMode',
    label: 'Instructor mode',
    menuLabel: 'Instructor Mode',
    hint: 'Lock or hide controls and write lesson steps',
    keys: [mod('e', true)],
    inFields: true,
    place: { menu: 'help', section: 1 },
  },
  {
    id: 'presenterView',
    label: 'Presenter view',
    menuLabel: 'Presenter View',
    hint: 'Large type and high contrast for a projector',
    keys: [mod('p', true)],
    inFields: true,
    place: { menu: 'help', section: 1 },
    browserKeeps: 'not in Firefox, which keeps this key for a private window',
  },
  {
    id: 'about',
    label: 'About MLP Studio',
    hint: 'Version and the licences of bundled libraries',
    keys: [],
    inFields: false,
    place: { menu: 'help', section: 2 },
    withoutWindow: true,
  },
] as const satisfies readonly CommandSpec[];

/** The id of a command. */
export type CommandId = (typeof COMMAND_LIST)[number]['id'];

/** A command placed in the menus: what the native menu may send to the renderer. */
export type MenuCommand = Extract<(typeof COMMAND_LIST)[number], { place: MenuPlace }>['id'];

/** Every command by id. */
export const COMMANDS: ReadonlyMap<CommandId, CommandSpec> = new Map(COMMAND_LIST.map((c) => [c.id, c]));

/** The spec of a command (every id has one, by construction of the table). */
export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS.get(id)!;
}

/** The ids of the commands the menus offer, in table order: the commands the native menu may send. */
export const MENU_COMMANDS = COMMAND_LIST.filter((c) => 'place' in c).map((c) => c.id) as readonly MenuCommand[];
