/**
 * The app's commands by name: what the toolbar, the keyboard and the native menus can ask for.
 * One list, so a shortcut and a menu item can never drift apart.
 */
import type { MenuCommand } from '../bridge/platform';

/** Every command; the menu's plus the editing commands the menu leaves to the page. */
export type AppCommand =
  | MenuCommand
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'delete'
  | 'instructorMode'
  | 'presenterView'
  | 'copyLink';

/** A keyboard shortcut: `mod` is Ctrl, or Cmd on a Mac. */
export interface Shortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  command: AppCommand;
  /** Whether it also works while typing in a field (saving does; copy and undo belong to the field). */
  inFields: boolean;
}

/** The shortcuts, in the order the shortcuts help lists them. */
export const SHORTCUTS: Shortcut[] = [
  { key: 'n', mod: true, shift: false, command: 'new', inFields: true },
  { key: 'o', mod: true, shift: false, command: 'open', inFields: true },
  { key: 's', mod: true, shift: false, command: 'save', inFields: true },
  { key: 's', mod: true, shift: true, command: 'saveAs', inFields: true },
  { key: 'z', mod: true, shift: false, command: 'undo', inFields: false },
  { key: 'z', mod: true, shift: true, command: 'redo', inFields: false },
  { key: 'y', mod: true, shift: false, command: 'redo', inFields: false },
  { key: 'c', mod: true, shift: false, command: 'copy', inFields: false },
  { key: 'v', mod: true, shift: false, command: 'paste', inFields: false },
  { key: 'd', mod: true, shift: false, command: 'duplicate', inFields: false },
  { key: 'a', mod: true, shift: false, command: 'selectAll', inFields: false },
  { key: 'Delete', mod: false, shift: false, command: 'delete', inFields: false },
  { key: 'Backspace', mod: false, shift: false, command: 'delete', inFields: false },
  { key: ' ', mod: false, shift: false, command: 'train', inFields: false },
  { key: 'e', mod: true, shift: true, command: 'instructorMode', inFields: true },
  { key: 'p', mod: true, shift: true, command: 'presenterView', inFields: true },
  { key: 'k', mod: true, shift: true, command: 'copyLink', inFields: true },
];

/** The command a key press asks for, or null; `inField` is true while focus is in a text field. */
export function commandForKey(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  inField: boolean,
): AppCommand | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = SHORTCUTS.find((s) => s.key === key && s.mod === mod && s.shift === event.shiftKey);
  if (!match || (inField && !match.inFields)) return null;
  return match.command;
}
