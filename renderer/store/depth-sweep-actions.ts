/**
 * The depth sweep's part of the document: its settings (edited like any setting, one undo step per
 * change) and the points of its last run (written when a sweep ends, outside undo: undoing an edit
 * never takes a measured sweep away).
 */
import {
  DEFAULT_SWEEP_SETTINGS,
  type DepthSweep,
  type DepthSweepPoint,
  type DepthSweepSettings,
} from '../../src/training/light';
import type { ProjectDocument } from '../../src/project/light';
import { commitDocument } from './commit';
import type { DepthSweepActions, StoreGet, StoreSet } from './types';

/** The document's sweep, or the defaults with no results for a project that never used one. */
export function depthSweepOf(document: Pick<ProjectDocument, 'depthSweep'>): DepthSweep {
  return document.depthSweep ?? { settings: DEFAULT_SWEEP_SETTINGS, results: null };
}

/** `next` with the sweep results of `current`, so an undo or redo step keeps the latest measurements. */
export function keepSweepResults(next: ProjectDocument, current: ProjectDocument): ProjectDocument {
  const results = current.depthSweep?.results ?? null;
  if ((next.depthSweep?.results ?? null) === results) return next;
  return { ...next, depthSweep: { settings: next.depthSweep?.settings ?? DEFAULT_SWEEP_SETTINGS, results } };
}

/** Creates the sweep actions. */
export function createDepthSweepActions(set: StoreSet, get: StoreGet): DepthSweepActions {
  return {
    setDepthSweepSettings(patch: Partial<DepthSweepSettings>) {
      const { document } = get();
      const sweep = depthSweepOf(document);
      commitDocument(set, get, { ...document, depthSweep: { ...sweep, settings: { ...sweep.settings, ...patch } } });
    },
    setDepthSweepResults(points: DepthSweepPoint[]) {
      const { document } = get();
      set({ document: { ...document, depthSweep: { ...depthSweepOf(document), results: points } } });
    },
  };
}
