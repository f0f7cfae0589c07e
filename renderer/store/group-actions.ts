/** Collapsing repeated layers into one card and expanding it again (undoable document changes: the file keeps the grouping). */
import { findRepeat, groupOf } from '../../src/graph/index';
import { commitGraph } from './commit';
import type { GroupActions } from './slice-actions';
import type { StoreGet, StoreSet } from './types';

/** Creates the group actions. */
export function createGroupActions(set: StoreSet, get: StoreGet): GroupActions {
  return {
    collapseSelection() {
      const { document, view } = get();
      const grouped = new Set((document.graph.groups ?? []).flatMap((g) => g.nodeIds));
      const ids = view.selection.nodeIds;
      if (ids.some((id) => grouped.has(id))) {
        get().showToast(
          'error',
          'Some of these layers are already in a group. Expand that group first, or select other layers.',
        );
        return null;
      }
      const repeat = findRepeat(document.graph, ids);
      if (typeof repeat === 'string') {
        get().showToast('error', repeat);
        return null;
      }
      let n = 1;
      while ((document.graph.groups ?? []).some((g) => g.id === `group-${n}`)) n++;
      const group = groupOf(repeat, `group-${n}`);
      commitGraph(set, get, { ...document.graph, groups: [...(document.graph.groups ?? []), group] });
      return group.id;
    },
    setGroupCollapsed(groupId, collapsed) {
      const { graph } = get().document;
      const group = graph.groups?.find((g) => g.id === groupId);
      if (!group || group.collapsed === collapsed) return;
      commitGraph(set, get, { ...graph, groups: graph.groups?.map((g) => (g === group ? { ...g, collapsed } : g)) });
    },
  };
}
