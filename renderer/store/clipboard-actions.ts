/**
 * Copy, paste and duplicate. The clipboard lives in the view slice (session only); a paste is one
 * undo step and selects the copies.
 */
import { copySubgraph, pasteSubgraph, shiftClipboard } from './clipboard';
import { refuseAdding } from './classroom-guard';
import { commitGraph } from './commit';
import type { GraphActions, StoreGet, StoreSet } from './types';

/** Creates copySelection, paste and duplicateSelection. */
export function createClipboardActions(
  set: StoreSet,
  get: StoreGet,
): Pick<GraphActions, 'copySelection' | 'paste' | 'duplicateSelection'> {
  const pasteContent = (content: NonNullable<ReturnType<StoreGet>['view']['clipboard']>) => {
    if (
      refuseAdding(
        get,
        content.nodes.map((n) => n.kind),
      )
    )
      return false;
    const pasted = pasteSubgraph(get().document.graph, content);
    commitGraph(set, get, pasted.graph);
    set((s) => ({ view: { ...s.view, selection: { nodeIds: pasted.nodeIds, edgeIds: [] } } }));
    return true;
  };

  return {
    copySelection() {
      const { nodeIds } = get().view.selection;
      if (nodeIds.length === 0) return;
      const clipboard = copySubgraph(get().document.graph, nodeIds);
      set((s) => ({ view: { ...s.view, clipboard } }));
    },
    paste() {
      const { clipboard } = get().view;
      if (!clipboard || clipboard.nodes.length === 0) return;
      if (!pasteContent(clipboard)) return;
      set((s) => ({ view: { ...s.view, clipboard: shiftClipboard(clipboard) } }));
    },
    duplicateSelection() {
      const { nodeIds } = get().view.selection;
      if (nodeIds.length > 0) pasteContent(copySubgraph(get().document.graph, nodeIds));
    },
  };
}
