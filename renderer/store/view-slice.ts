/**
 * The view slice: selection, viewport, panels, theme, the open file, toasts and the refusal
 * message of a connection being drawn. Session state only; never saved, never undone.
 */
import { PCA_PROJECTION } from '../../src/data/index';
import type { ProjectDocument } from '../../src/project/light';
import type { FileInfo, StoreGet, StoreSet, ViewActions, ViewState } from './types';

/** How long an info toast stays up; errors stay until dismissed, because they carry a fix to read. */
export const INFO_TOAST_MS = 3500;

let toastCounter = 0;
let confirmationCounter = 0;

/**
 * The view for a freshly loaded document: nothing selected, saved = loaded; session preferences (theme, panels,
 * clipboard) carry over from `previous`.
 */
export function initialViewFor(document: ProjectDocument | null, file: FileInfo, previous?: ViewState): ViewState {
  return {
    selection: { nodeIds: [], edgeIds: [] },
    viewport: previous?.viewport ?? { x: 0, y: 0, zoom: 1 },
    panels: previous?.panels ?? {
      left: true,
      right: true,
      presets: false,
      shortcuts: false,
      welcome: false,
      tour: false,
      about: false,
      chartTables: false,
    },
    theme: previous?.theme ?? 'system',
    file,
    savedDocument: document,
    toast: null,
    confirmation: null,
    connectionRefusal: null,
    clipboard: previous?.clipboard ?? null,
    loadId: (previous?.loadId ?? 0) + 1,
    nodeSizes: previous?.nodeSizes ?? new Map(),
    arrangePending: false,
    instructorMode: previous?.instructorMode ?? false,
    lessonSteps: previous?.lessonSteps ?? new Map(),
    tablesParsed: previous?.tablesParsed ?? 0,
    // Another document has other columns: its plane starts at PCA.
    projection: PCA_PROJECTION,
  };
}

/** Creates the view actions. */
export function createViewActions(set: StoreSet, get: StoreGet): ViewActions {
  const patchView = (patch: Partial<ViewState>) => set((s) => ({ view: { ...s.view, ...patch } }));
  let answer: ((confirmed: boolean) => void) | null = null;
  return {
    setSelection(nodeIds, edgeIds = []) {
      const current = get().view.selection;
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
      if (same(current.nodeIds, nodeIds) && same(current.edgeIds, edgeIds)) return;
      patchView({ selection: { nodeIds, edgeIds } });
    },
    selectAll() {
      const { graph } = get().document;
      patchView({ selection: { nodeIds: graph.nodes.map((n) => n.id), edgeIds: graph.edges.map((e) => e.id) } });
    },
    clearSelection() {
      patchView({ selection: { nodeIds: [], edgeIds: [] } });
    },
    setViewport(viewport) {
      patchView({ viewport });
    },
    togglePanel(panel, open) {
      const { panels } = get().view;
      const next = open ?? !panels[panel];
      if (next !== panels[panel]) patchView({ panels: { ...panels, [panel]: next } });
    },
    setTheme(theme) {
      patchView({ theme });
    },
    setProjection(projection) {
      patchView({ projection });
    },
    showToast(kind, message) {
      toastCounter += 1;
      patchView({ toast: { id: toastCounter, kind, message } });
    },
    dismissToast() {
      patchView({ toast: null });
    },
    noteTableParsed() {
      patchView({ tablesParsed: get().view.tablesParsed + 1 });
    },
    requestConfirmation(question) {
      // A newer question replaces an unanswered one, which counts as declined.
      answer?.(false);
      confirmationCounter += 1;
      patchView({ confirmation: { id: confirmationCounter, ...question } });
      return new Promise<boolean>((resolve) => {
        answer = resolve;
      });
    },
    answerConfirmation(confirmed) {
      const resolve = answer;
      answer = null;
      patchView({ confirmation: null });
      resolve?.(confirmed);
    },
    clearConnectionRefusal() {
      if (get().view.connectionRefusal) patchView({ connectionRefusal: null });
    },
    setNodeSizes(sizes) {
      patchView({ nodeSizes: new Map([...get().view.nodeSizes, ...sizes]) });
    },
  };
}

/** Whether the document differs from the one last loaded or saved. */
export function isDirty(state: { document: ProjectDocument; view: ViewState }): boolean {
  return state.document !== state.view.savedDocument;
}
