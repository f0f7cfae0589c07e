/**
 * The app store factory: one vanilla zustand store of three slices, with no React import, so the
 * whole editor can be driven and tested in Node.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createProject, type MlpFile } from '../../src/project/light';
import { createClassroomActions, instructorModeOnOpen } from './classroom-actions';
import { createBackpropActions } from './backprop-actions';
import { createClassicActions } from './classic-actions';
import { createDepthSweepActions } from './depth-sweep-actions';
import { createDocumentSlice } from './document-slice';
import { initialComparisonState } from './comparison';
import { createGraphActions } from './graph-actions';
import { createRunActions } from './run-actions';
import { createTrainingActions, initialTrainingState } from './training-slice';
import type { AppState } from './types';
import { createViewActions, initialViewFor } from './view-slice';

/** The store type components and tests hold. */
export type AppStore = StoreApi<AppState>;

/**
 * Creates a store holding `file` (a new starter project by default) under the file name `name`;
 * `arrange` has the canvas lay it out for its size first (for a template nobody has placed yet).
 */
export function createAppStore(
  file: MlpFile = createProject(),
  name = 'Untitled.mlp',
  options: { arrange?: boolean } = {},
): AppStore {
  return createStore<AppState>()((set, get) => {
    const documentSlice = createDocumentSlice(set, get, file);
    return {
      ...documentSlice,
      ...createGraphActions(set, get),
      view: {
        ...initialViewFor(documentSlice.document, { name, handle: null, meta: file.meta }),
        arrangePending: Boolean(options.arrange),
        instructorMode: instructorModeOnOpen(documentSlice.document, false),
      },
      ...createViewActions(set, get),
      ...createClassroomActions(set, get),
      training: initialTrainingState(),
      ...createTrainingActions(set, get),
      comparison: initialComparisonState(),
      ...createRunActions(set, get),
      ...createClassicActions(set, get),
      ...createDepthSweepActions(set, get),
      ...createBackpropActions(set, get),
    };
  });
}
