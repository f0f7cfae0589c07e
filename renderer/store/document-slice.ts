/**
 * The document slice: the project being edited, its undo history, and the actions that replace
 * it wholesale (load, new, undo/redo) or edit its dataset, training settings and notes.
 */
import { createProject, toDocument, type MlpFile, type ProjectDocument } from '../../src/project/light';
import { instructorModeOnOpen } from './classroom-actions';
import { commitDocument, pruneSelection } from './commit';
import { keepSweepResults } from './depth-sweep-actions';
import { beginMark, emptyHistory, endMark, type History, redoStep, undoStep } from './history';
import type { AppState, DocumentSlice, StoreGet, StoreSet } from './types';
import { initialViewFor } from './view-slice';

/** Largest seed the dataset panel draws when regenerating (seeds stay small enough to read aloud). */
const MAX_DRAWN_SEED = 100_000;

/** Creates the document slice, starting from `file` (a new empty project when absent). */
export function createDocumentSlice(set: StoreSet, get: StoreGet, file: MlpFile): DocumentSlice {
  const replaceAll = (
    next: MlpFile,
    source: { name: string; handle?: unknown; dirty?: boolean; arrange?: boolean },
  ) => {
    const document = toDocument(next);
    const file = { name: source.name, handle: source.handle ?? null, meta: next.meta };
    set((state: AppState) => ({
      document,
      history: emptyHistory(),
      view: {
        ...initialViewFor(source.dirty ? null : document, file, state.view),
        arrangePending: Boolean(source.arrange),
        instructorMode: instructorModeOnOpen(document, state.view.instructorMode),
      },
    }));
  };

  const applyStep = (step: { history: History<ProjectDocument>; present: ProjectDocument } | null) => {
    if (!step) return;
    // A sweep's measurements are not an edit: undo and redo keep the latest ones.
    const present = keepSweepResults(step.present, get().document);
    set((s) => ({
      document: present,
      history: step.history,
      view: { ...s.view, selection: pruneSelection(present, s.view.selection) },
    }));
  };

  return {
    document: toDocument(file),
    history: emptyHistory(),

    undo() {
      applyStep(undoStep(get().history, get().document));
    },
    redo() {
      applyStep(redoStep(get().history, get().document));
    },
    beginChange() {
      set({ history: beginMark(get().history, get().document) });
    },
    endChange() {
      set({ history: endMark(get().history, get().document) });
    },

    loadProject: replaceAll,
    newProject() {
      replaceAll(createProject(), { name: 'Untitled.mlp', arrange: true });
    },
    markSaved(source) {
      set((s) => ({
        view: {
          ...s.view,
          savedDocument: s.document,
          file: { ...s.view.file, name: source.name, handle: source.handle ?? s.view.file.handle },
        },
      }));
    },

    setDataset(patch) {
      const { document } = get();
      commitDocument(set, get, { ...document, data: { ...document.data, ...patch } });
    },
    regenerateDataset() {
      const { document } = get();
      let seed = document.data.seed;
      while (seed === document.data.seed) seed = Math.floor(Math.random() * MAX_DRAWN_SEED);
      commitDocument(set, get, { ...document, data: { ...document.data, seed } });
    },
    setTraining(patch) {
      const { document } = get();
      commitDocument(set, get, { ...document, training: { ...document.training, ...patch } });
    },
    setTrainingPace(epochsPerSecond) {
      const { document } = get();
      const { epochsPerSecond: _old, ...training } = document.training;
      if (_old === epochsPerSecond) return;
      commitDocument(set, get, {
        ...document,
        training: epochsPerSecond === null ? training : { ...training, epochsPerSecond },
      });
    },
    setOptimizer(patch) {
      const { document } = get();
      const optimizer = { ...document.training.optimizer, ...patch };
      commitDocument(set, get, { ...document, training: { ...document.training, optimizer } });
    },
    setNotes(notes) {
      const { document } = get();
      if (notes !== document.notes) commitDocument(set, get, { ...document, notes });
    },
  };
}
