/**
 * Actions of the Classic rules workspace. Its settings live in the document (`classic`), so they
 * are saved, undoable and mark the project dirty like any other setting.
 */
import { DEFAULT_CLASSIC_SETTINGS, type ClassicSettings } from '../../src/classic/index';
import type { ProjectDocument } from '../../src/project/light';
import { commitDocument } from './commit';
import type { ClassicActions } from './slice-actions';
import type { StoreGet, StoreSet } from './types';

/** The workspace settings of a document: its own, or the defaults before it was first opened. */
export function classicSettingsOf(document: ProjectDocument): ClassicSettings {
  return document.classic ?? DEFAULT_CLASSIC_SETTINGS;
}

/** Selector for components. */
export function selectClassicSettings(state: { document: ProjectDocument }): ClassicSettings {
  return classicSettingsOf(state.document);
}

/** Creates the workspace actions. */
export function createClassicActions(set: StoreSet, get: StoreGet): ClassicActions {
  const commit = (next: ClassicSettings) => {
    const { document } = get();
    commitDocument(set, get, { ...document, classic: next });
  };
  return {
    openClassic(open) {
      const current = classicSettingsOf(get().document);
      if (current.open !== open) commit({ ...current, open });
    },
    setClassic(patch) {
      commit({ ...classicSettingsOf(get().document), ...patch });
    },
    setClassicData(patch) {
      const current = classicSettingsOf(get().document);
      commit({ ...current, data: { ...current.data, ...patch } });
    },
  };
}
