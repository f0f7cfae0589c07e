/**
 * The store's side of the classroom locks: graph edits that a locked structure or a locked node
 * kind forbids are refused here, whatever asked for them (palette, drop, paste, keyboard), and the
 * refusal is said in a toast rather than done silently.
 */
import type { NodeKind } from '../../src/graph/index';
import { LAYER_SPECS } from '../../src/layers/index';
import { addNodesRefusal, controlAccess, LOCKED_NOTE, structureRefusal } from './classroom-access';
import type { StoreGet } from './types';

function say(get: StoreGet, message: string | null): boolean {
  if (message) get().showToast('info', message);
  return message !== null;
}

/** Refuses (and says why) adding nodes of these kinds; true when refused. */
export function refuseAdding(get: StoreGet, kinds: readonly NodeKind[]): boolean {
  const { document, view } = get();
  return say(
    get,
    addNodesRefusal(document.classroom, view.instructorMode, kinds, (kind) => LAYER_SPECS[kind].title),
  );
}

/** Why the wiring cannot change now, or null (for the connection preview, which shows it at the pointer). */
export function wiringRefusal(get: StoreGet): string | null {
  const { document, view } = get();
  return structureRefusal(document.classroom, view.instructorMode);
}

/** Refuses (and says why) deleting or disconnecting; true when refused. */
export function refuseRemoving(get: StoreGet): boolean {
  const { document, view } = get();
  if (controlAccess(document.classroom, view.instructorMode, 'edit.delete') !== 'open')
    return say(get, `${LOCKED_NOTE}: deleting is turned off in this lesson.`);
  return say(get, structureRefusal(document.classroom, view.instructorMode));
}
