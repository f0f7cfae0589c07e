/**
 * The app's commands by id, as the renderer names them: the table itself lives in src/commands, so
 * that the native menu is built from the same definitions as the toolbar, the keyboard and the web menus.
 */
import { type CommandId, commandSpec, shortcutHint } from '../../src/commands/index';

export { commandForKey } from '../../src/commands/index';

/** Every command the toolbar, the keyboard and the menus can ask for. */
export type AppCommand = CommandId;

/** Whether the app runs on a Mac, where chords read ⌘ and Redo shows ⌘⇧Z. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** A tooltip followed by the command's shortcut from the table, e.g. "Save the project… (Ctrl+S)". */
export function withShortcut(text: string, command: CommandId): string {
  const hint = shortcutHint(commandSpec(command), IS_MAC);
  return hint ? `${text} (${hint})` : text;
}
