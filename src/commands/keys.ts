/** Key chords of the command table: matching a key press, writing a chord for people and for Electron. */
import { type Chord, COMMAND_LIST, type CommandId, type CommandSpec } from './command-table';

/** The fields of a keyboard event a chord is matched against. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, or null; `inField` is true while focus is in a text field. */
export function commandForKey(event: KeyPress, inField: boolean): CommandId | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const spec of COMMAND_LIST as readonly CommandSpec[]) {
    const hit = spec.keys.some((c) => c.key === key && c.mod === mod && c.shift === event.shiftKey);
    if (hit) return inField && !spec.inFields ? null : (spec.id as CommandId);
  }
  return null;
}

/** The chord a command shows on this platform (a Mac prefers the one marked `mac`), or undefined when it has none. */
export function shownChord(spec: CommandSpec, mac: boolean): Chord | undefined {
  return (mac ? spec.keys.find((c) => c.mac) : undefined) ?? spec.keys[0];
}

function keyName(key: string): string {
  if (key === ' ') return 'Space';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** A chord as people read it: "Ctrl+Shift+S" elsewhere, "⌘⇧S" on a Mac. */
export function chordLabel(chord: Chord, mac: boolean): string {
  if (mac) return `${chord.mod ? '⌘' : ''}${chord.shift ? '⇧' : ''}${keyName(chord.key)}`;
  return [chord.mod ? 'Ctrl' : '', chord.shift ? 'Shift' : '', keyName(chord.key)].filter(Boolean).join('+');
}

/** A chord as an Electron accelerator ("CmdOrCtrl+Shift+S", "Space"). */
export function acceleratorOf(chord: Chord): string {
  return [chord.mod ? 'CmdOrCtrl' : '', chord.shift ? 'Shift' : '', keyName(chord.key)].filter(Boolean).join('+');
}

/** The shortcut hint of a command for a tooltip or menu, e.g. "Ctrl+Shift+Z or Ctrl+Y"; empty when it has no keys. */
export function shortcutHint(spec: CommandSpec, mac: boolean): string {
  const first = shownChord(spec, mac);
  if (!first) return '';
  return [first, ...spec.keys.filter((c) => c !== first)].map((c) => chordLabel(c, mac)).join(' or ');
}
