/**
 * Side-by-side run actions: duplicate the active run, switch, rename and remove runs. Each is one
 * undo step over the whole document (src/project/runs.ts does the work); a refusal is a toast.
 */
import { projectRuns as runs } from '../../src/project/light';
import { commitDocument, pruneSelection } from './commit';
import { applyComparison } from './comparison';
import type { RunActions, StoreGet, StoreSet } from './types';

/** Creates the run actions. */
export function createRunActions(set: StoreSet, get: StoreGet): RunActions {
  const apply = (change: () => ReturnType<typeof runs.duplicateRun>): boolean => {
    try {
      commitDocument(set, get, change());
    } catch (error) {
      get().showToast('error', error instanceof Error ? error.message : String(error));
      return false;
    }
    // The canvas now shows another network: keep only selected ids that exist in it.
    set((s) => ({ view: { ...s.view, selection: pruneSelection(s.document, s.view.selection) } }));
    return true;
  };
  return {
    duplicateRun: () => apply(() => runs.duplicateRun(get().document)),
    activateRun: (id) => void apply(() => runs.activateRun(get().document, id)),
    renameRun: (id, name) => apply(() => runs.renameRun(get().document, id, name)),
    removeRun: (id) => void apply(() => runs.removeRun(get().document, id)),
    applyComparisonUpdate: (update) => set((s) => ({ comparison: applyComparison(s.comparison, update) })),
  };
}
