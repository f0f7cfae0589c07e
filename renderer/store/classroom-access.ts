/**
 * How a control appears to the person at the keyboard: open, locked (shown, disabled) or hidden.
 * Pure functions over the document's classroom block and the session's mode, so the resolution
 * is tested in Node and the store can refuse what the UI hides.
 */
import type { NodeKind } from '../../src/graph/index';
import { type Classroom, emptyClassroom } from '../../src/project/light';

/** What a control is for the current person. */
export type ControlAccess = 'open' | 'locked' | 'hidden';

/** The id of the whole network's structure: locked, nothing can be added, deleted, connected or pasted. */
export const STRUCTURE_CONTROL = 'graph.structure';

/** The id of a node kind's palette entry (locking it also refuses pasting that kind). */
export const paletteControl = (kind: NodeKind) => `palette.${kind}`;

/** The sentence every locked control adds to its tooltip. */
export const LOCKED_NOTE = 'Locked by the instructor';

/** A control's tooltip as the current person sees it: the lock note added when it is locked. */
export function lockedTip(access: ControlAccess, text: string | undefined): string {
  if (access !== 'locked') return text ?? '';
  return text ? `${text} — ${LOCKED_NOTE}.` : `${LOCKED_NOTE}.`;
}

/**
 * The access of control `id`: everything is open in instructor mode or without a classroom
 * block; otherwise hidden wins over locked, and a locked network structure locks every palette
 * entry too (a student may then change only the parameters left open).
 */
export function controlAccess(classroom: Classroom | undefined, instructorMode: boolean, id: string): ControlAccess {
  if (instructorMode || !classroom) return 'open';
  if (classroom.hidden.includes(id)) return 'hidden';
  if (classroom.locked.includes(id)) return 'locked';
  if (id.startsWith('palette.') && classroom.locked.includes(STRUCTURE_CONTROL)) return 'locked';
  return 'open';
}

/** Why adding nodes of these kinds is refused for the current person, or null when it is allowed. */
export function addNodesRefusal(
  classroom: Classroom | undefined,
  instructorMode: boolean,
  kinds: readonly NodeKind[],
  kindTitle: (kind: NodeKind) => string,
): string | null {
  if (controlAccess(classroom, instructorMode, STRUCTURE_CONTROL) !== 'open')
    return `${LOCKED_NOTE}: the network's structure cannot be changed in this lesson.`;
  const refused = [...new Set(kinds)].filter(
    (kind) => controlAccess(classroom, instructorMode, paletteControl(kind)) !== 'open',
  );
  if (refused.length === 0) return null;
  return `${LOCKED_NOTE}: ${refused.map(kindTitle).join(', ')} nodes cannot be added in this lesson.`;
}

/** Why changing the network's wiring (connect, disconnect, delete) is refused, or null. */
export function structureRefusal(classroom: Classroom | undefined, instructorMode: boolean): string | null {
  return controlAccess(classroom, instructorMode, STRUCTURE_CONTROL) === 'open'
    ? null
    : `${LOCKED_NOTE}: the network's structure cannot be changed in this lesson.`;
}

/** The classroom block with control `id` set to `access` (open removes it from both lists); other ids keep their order. */
export function withControlAccess(classroom: Classroom | undefined, id: string, access: ControlAccess): Classroom {
  const base = classroom ?? emptyClassroom();
  const locked = base.locked.filter((x) => x !== id);
  const hidden = base.hidden.filter((x) => x !== id);
  if (access === 'locked') locked.push(id);
  if (access === 'hidden') hidden.push(id);
  return { ...base, locked, hidden };
}

/** The access an instructor set for `id` (as a student would see it, before the structure rule). */
export function setAccessOf(classroom: Classroom | undefined, id: string): ControlAccess {
  if (!classroom) return 'open';
  if (classroom.hidden.includes(id)) return 'hidden';
  return classroom.locked.includes(id) ? 'locked' : 'open';
}
