/**
 * Undo history as a stack of whole-document snapshots. Snapshots are immutable values, so keeping
 * one costs a reference, not a copy. A mark groups every change made while it is open (a drag, a
 * burst of typing into one field) into a single undo step.
 */

/** Past and future snapshots, plus the snapshot an open mark started from (null when none is open). */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
  markBase: T | null;
}

/** Most undo steps kept; older ones are dropped first. */
export const HISTORY_LIMIT = 200;

/** A history with nothing to undo or redo and no open mark. */
export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], markBase: null };
}

function pushPast<T>(past: readonly T[], snapshot: T): T[] {
  const next = [...past, snapshot];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** Records that the present is about to replace `previous`; inside an open mark nothing is pushed until the mark ends. */
export function recordChange<T>(history: History<T>, previous: T): History<T> {
  if (history.markBase !== null) return history;
  return { past: pushPast(history.past, previous), future: [], markBase: null };
}

/** Opens a mark at `present`; a second begin while one is open keeps the first, so nested callers stay one step. */
export function beginMark<T>(history: History<T>, present: T): History<T> {
  if (history.markBase !== null) return history;
  return { ...history, markBase: present };
}

/** Closes the open mark, pushing its starting snapshot as one step when the present differs from it. */
export function endMark<T>(history: History<T>, present: T): History<T> {
  const base = history.markBase;
  if (base === null) return history;
  if (base === present) return { ...history, markBase: null };
  return { past: pushPast(history.past, base), future: [], markBase: null };
}

/** Steps back one snapshot (closing any open mark first); null when there is nothing to undo. */
export function undoStep<T>(history: History<T>, present: T): { history: History<T>; present: T } | null {
  const closed = endMark(history, present);
  if (closed.past.length === 0) return null;
  const previous = closed.past[closed.past.length - 1];
  return {
    present: previous,
    history: { past: closed.past.slice(0, -1), future: [present, ...closed.future], markBase: null },
  };
}

/** Steps forward one snapshot; null when there is nothing to redo. */
export function redoStep<T>(history: History<T>, present: T): { history: History<T>; present: T } | null {
  const closed = endMark(history, present);
  if (closed.future.length === 0) return null;
  const [next, ...rest] = closed.future;
  return { present: next, history: { past: pushPast(closed.past, present), future: rest, markBase: null } };
}
