/**
 * Graph editing actions: add, connect, move, delete, edit and rename nodes. Each one is a pure
 * graph operation from src/graph committed as one undo step (or folded into an open mark).
 */
import { graphOperations as ops, type GraphNode } from '../../src/graph/index';
import { createClipboardActions } from './clipboard-actions';
import { createGroupActions } from './group-actions';
import { refuseAdding, refuseRemoving, wiringRefusal } from './classroom-guard';
import { commitDocument, commitGraph } from './commit';
import { layoutGraph } from './auto-layout';
import type { GraphActions, StoreGet, StoreSet } from './types';

/** Creates the graph editing actions. */
export function createGraphActions(set: StoreSet, get: StoreGet): GraphActions {
  const patchView = (patch: Partial<ReturnType<StoreGet>['view']>) => set((s) => ({ view: { ...s.view, ...patch } }));

  return {
    addNodeAt(kind, position, params) {
      if (refuseAdding(get, [kind])) return '';
      const { graph } = get().document;
      const node = ops.createNode(graph, kind, position, params) as GraphNode;
      commitGraph(set, get, ops.addNode(graph, node));
      patchView({ selection: { nodeIds: [node.id], edgeIds: [] } });
      return node.id;
    },

    previewConnection(sourceId, targetId, at = null) {
      const locked = wiringRefusal(get);
      const verdict = locked
        ? { ok: false as const, reason: locked }
        : ops.isValidConnection(get().document.graph, sourceId, targetId);
      const current = get().view.connectionRefusal;
      if (verdict.ok) {
        if (current) patchView({ connectionRefusal: null });
      } else if (current?.message !== verdict.reason) {
        patchView({ connectionRefusal: { message: verdict.reason, at } });
      }
      return verdict.ok;
    },

    connect(sourceId, targetId) {
      if (!get().previewConnection(sourceId, targetId)) return false;
      commitGraph(set, get, ops.connectNodes(get().document.graph, sourceId, targetId));
      return true;
    },

    disconnect(edgeIds) {
      if (edgeIds.length > 0 && !refuseRemoving(get))
        commitGraph(set, get, ops.disconnectEdges(get().document.graph, edgeIds));
    },

    moveNodes(moves) {
      if (moves.length > 0) commitGraph(set, get, ops.moveNodes(get().document.graph, moves));
    },

    deleteSelection() {
      const { nodeIds, edgeIds } = get().view.selection;
      if ((nodeIds.length === 0 && edgeIds.length === 0) || refuseRemoving(get)) return;
      const withoutNodes = ops.removeNodes(get().document.graph, nodeIds);
      const remaining = new Set(withoutNodes.edges.map((e) => e.id));
      const strayEdges = edgeIds.filter((id) => remaining.has(id));
      commitGraph(set, get, strayEdges.length > 0 ? ops.disconnectEdges(withoutNodes, strayEdges) : withoutNodes);
      patchView({ selection: { nodeIds: [], edgeIds: [] } });
    },

    updateNodeParams(nodeId, patch) {
      commitGraph(set, get, ops.updateParams(get().document.graph, nodeId, patch as Partial<GraphNode['params']>));
    },

    renameNode(nodeId, name) {
      commitGraph(set, get, ops.renameNode(get().document.graph, nodeId, name));
    },

    replaceGraph(graph) {
      commitDocument(set, get, { ...get().document, graph });
    },

    settleArrangement(moves) {
      const { document, history, view } = get();
      const untouched = history.past.length === 0 && history.markBase === null;
      if (!view.arrangePending || !untouched) {
        if (view.arrangePending) patchView({ arrangePending: false });
        return;
      }
      // Not an edit: the template simply opens laid out, so it is neither undoable nor unsaved.
      const next = { ...document, graph: ops.moveNodes(document.graph, moves) };
      const clean = view.savedDocument === document;
      set((s) => ({
        document: next,
        view: { ...s.view, arrangePending: false, savedDocument: clean ? next : s.view.savedDocument },
      }));
    },

    async autoLayout(canvas) {
      const { document, view } = get();
      const at = new Map(document.graph.nodes.map((n) => [n.id, n.position]));
      const moves = (await layoutGraph(document.graph, view.nodeSizes, canvas)).filter(({ id, position }) => {
        const from = at.get(id);
        return !from || from.x !== position.x || from.y !== position.y;
      });
      // The user may have edited while the layout ran; only a graph that is still the same gets moved.
      if (get().document.graph !== document.graph || moves.length === 0) return;
      // Only positions change (one undo step): groups and everything else are kept exactly as they are.
      commitDocument(set, get, { ...document, graph: ops.moveNodes(document.graph, moves) });
    },

    ...createClipboardActions(set, get),
    ...createGroupActions(set, get),
  };
}
