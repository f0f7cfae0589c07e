/**
 * The one path by which the document changes: every undoable action ends here, so history is
 * recorded in exactly one place.
 */
import { type Graph, pruneGroups } from '../../src/graph/index';
import type { ProjectDocument } from '../../src/project/light';
import { recordChange } from './history';
import type { StoreGet, StoreSet } from './types';

/**
 * Replaces the document with `next` and records the previous one as an undo step (or folds it into the open mark); a
 * no-op when nothing changed.
 */
export function commitDocument(set: StoreSet, get: StoreGet, next: ProjectDocument): void {
  const { document, history } = get();
  if (next === document) return;
  set({ document: next, history: recordChange(history, document) });
}

/** Replaces the graph of the document (see commitDocument), dropping layer groups the change broke. */
export function commitGraph(set: StoreSet, get: StoreGet, graph: Graph): void {
  const { document } = get();
  if (graph === document.graph) return;
  commitDocument(set, get, { ...document, graph: pruneGroups(graph) });
}

/** Keeps only selected ids that still exist in the document, so undo never leaves ghosts selected. */
export function pruneSelection(document: ProjectDocument, selection: { nodeIds: string[]; edgeIds: string[] }) {
  const nodeIds = new Set(document.graph.nodes.map((n) => n.id));
  const edgeIds = new Set(document.graph.edges.map((e) => e.id));
  const kept = {
    nodeIds: selection.nodeIds.filter((id) => nodeIds.has(id)),
    edgeIds: selection.edgeIds.filter((id) => edgeIds.has(id)),
  };
  const unchanged =
    kept.nodeIds.length === selection.nodeIds.length && kept.edgeIds.length === selection.edgeIds.length;
  return unchanged ? selection : kept;
}
