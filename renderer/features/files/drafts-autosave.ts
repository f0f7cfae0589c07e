/**
 * Keeps a draft of unsaved work with the platform (localStorage on the web) and offers it back at
 * start-up, so a closed tab or a crash loses at most the last second of editing.
 */
import { parseProject } from '../../../src/project/index';
import type { Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { projectTextOf } from './project-file';

/** Quiet time after the last edit before the draft is written (serialising on every keystroke would be wasted work). */
export const DRAFT_DELAY_MS = 800;

/** Loads the platform's draft into the store as unsaved work; returns whether there was a usable one. */
export async function restoreDraft(store: AppStore, platform: Platform): Promise<boolean> {
  const draft = await platform.drafts.get();
  if (!draft) return false;
  try {
    store.getState().loadProject(parseProject(draft.text), { name: draft.name, handle: draft.handle, dirty: true });
    const when = new Date(draft.savedAt);
    const at = Number.isNaN(when.getTime()) ? '' : ` from ${when.toLocaleString()}`;
    store.getState().showToast('info', `Restored your unsaved changes to '${draft.name}'${at}.`);
    return true;
  } catch {
    // A draft written by an older or broken build is not worth an error at start-up.
    await platform.drafts.clear();
    return false;
  }
}

/** Writes a draft whenever the document changes and is dirty, clears it once saved; returns the unsubscribe function. */
export function keepDrafts(store: AppStore, platform: Platform): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const state = store.getState();
    if (!isDirty(state)) {
      void platform.drafts.clear();
      return;
    }
    const { name, handle } = state.view.file;
    void platform.drafts.save({ name, handle, text: projectTextOf(state), savedAt: new Date().toISOString() });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document && state.view.savedDocument === previous.view.savedDocument) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DRAFT_DELAY_MS);
  });
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
