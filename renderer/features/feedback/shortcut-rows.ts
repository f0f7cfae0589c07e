/** The rows of the shortcuts dialog, read from the command table: every command that has keys, in the table's order. */
import { COMMAND_LIST, type CommandId, type CommandSpec, shortcutHint } from '../../../src/commands/index';

/** One row: the command, its name, its keys as people read them and, on the web, why the browser keeps them. */
export interface ShortcutRow {
  command: CommandId;
  label: string;
  keys: string;
  browserNote?: string;
}

/** The dialog's rows for a Mac or not, in the browser (`web`) or the desktop app. */
export function shortcutRows(mac: boolean, web: boolean): ShortcutRow[] {
  return (COMMAND_LIST as readonly CommandSpec[])
    .filter((spec) => spec.keys.length > 0)
    .map((spec) => ({
      command: spec.id as CommandId,
      label: spec.label,
      keys: shortcutHint(spec, mac),
      ...(web && spec.browserKeeps ? { browserNote: spec.browserKeeps } : {}),
    }));
}
