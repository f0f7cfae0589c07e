/**
 * Actions of the Backprop view. Its sample and loss convention live in the document (`backprop`),
 * so a lesson file opens on them, and they are saved, undoable and mark the project dirty.
 */
import { DEFAULT_BACKPROP_SETTINGS, type BackpropSettings } from '../../src/backprop/index';
import type { ProjectDocument } from '../../src/project/light';
import { commitDocument } from './commit';
import type { BackpropActions } from './slice-actions';
import type { StoreGet, StoreSet } from './types';

/** The view's settings of a document: its own, or the defaults. */
export function backpropSettingsOf(document: ProjectDocument): BackpropSettings {
  return document.backprop ?? DEFAULT_BACKPROP_SETTINGS;
}

/** Creates the view's actions. */
export function createBackpropActions(set: StoreSet, get: StoreGet): BackpropActions {
  return {
    setBackprop(patch) {
      const { document } = get();
      const current = backpropSettingsOf(document);
      const next = { ...current, ...patch };
      if (next.sample === current.sample) return;
      commitDocument(set, get, { ...document, backprop: next });
    },
  };
}
