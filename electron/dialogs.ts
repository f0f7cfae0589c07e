/**
 * Native dialogs: open and save with the .mlp filter, the "unsaved changes" question with
 * Save / Don't Save / Cancel, and error boxes. Option builders are pure; `createDialogs` binds
 * them to Electron's dialog module (injected).
 */
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { hasProjectExtension, PROJECT_EXTENSION } from './files';

/** The file-type filter of every project dialog. */
export const PROJECT_FILTERS = [{ name: 'MLP Studio project', extensions: ['mlp'] }];

/** What the person chose when asked about unsaved changes. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

const UNSAVED_BUTTONS: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

/** The Open dialog's filters: projects, and the notebooks the app exports (they carry their project). */
export const OPEN_FILTERS = [
  { name: 'MLP Studio project', extensions: ['mlp', 'ipynb'] },
  { name: 'Jupyter notebook exported by MLP Studio', extensions: ['ipynb'] },
];

/** Options of the Open dialog: one .mlp file (or a notebook exported by the app). */
export function openDialogOptions(defaultPath?: string): OpenDialogOptions {
  return {
    title: 'Open Project',
    filters: OPEN_FILTERS,
    properties: ['openFile'],
    ...(defaultPath ? { defaultPath } : {}),
  };
}

/** Options of the Save dialog, suggesting `defaultPath` (a file name or a full path). */
export function saveDialogOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: 'Save Project',
    defaultPath: withProjectExtension(defaultPath),
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The path with .mlp appended when missing (some Linux dialogs do not add the filter's extension). */
export function withProjectExtension(filePath: string): string {
  return hasProjectExtension(filePath) ? filePath : `${filePath}${PROJECT_EXTENSION}`;
}

/** Options of the "save changes?" question about the document `title`, before `action` ("closing", "opening another project"). */
export function unsavedChangesOptions(title: string, action: string): MessageBoxOptions {
  return {
    type: 'warning',
    message: `Do you want to save the changes to "${title}"?`,
    detail: `Your changes will be lost before ${action} if you don't save them.`,
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** Maps the clicked button of the unsaved-changes box to a choice (Escape or closing the box means cancel). */
export function unsavedChoice(response: number): UnsavedChoice {
  return UNSAVED_BUTTONS[response] ?? 'cancel';
}

/** The part of Electron's dialog module used here, bound to the main window. */
export interface DialogApi {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

/** The dialogs the project session asks for. */
export interface ProjectDialogs {
  /** Asks for a project to open; null when cancelled. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Asks where to save; the answer always ends in .mlp; null when cancelled. */
  chooseSaveLocation(suggested: string): Promise<string | null>;
  askAboutUnsavedChanges(title: string, action: string): Promise<UnsavedChoice>;
  showError(title: string, message: string): void;
}

/** Binds the dialogs to Electron's dialog module. */
export function createDialogs(dialog: DialogApi): ProjectDialogs {
  return {
    async chooseProjectToOpen() {
      const result = await dialog.showOpenDialog(openDialogOptions());
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseSaveLocation(suggested) {
      const result = await dialog.showSaveDialog(saveDialogOptions(suggested));
      return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
    },
    async askAboutUnsavedChanges(title, action) {
      return unsavedChoice((await dialog.showMessageBox(unsavedChangesOptions(title, action))).response);
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
  };
}
