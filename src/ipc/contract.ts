/**
 * The one contract between the renderer and the Electron main process: channel names, the zod
 * schema of every request, the result types and the `MlpBridge` the preload exposes as
 * `window.mlp`. Plain TypeScript and zod only, so main, preload and renderer all import it.
 */
import { z } from '../project/zod';
import { MAX_FILE_BYTES } from '../project/limits';
import type { InvokeVerb, MenuCommand } from './channels';
import { exportFilesSchema, type ExportedFiles, type ExportFilePayload } from './export-files';

export * from './channels';
export * from './export-files';

/** Largest project accepted over IPC or read from disk: the .mlp format's own file limit. */
export const MAX_PROJECT_FILE_BYTES = MAX_FILE_BYTES;
/** Longest file path accepted in a request (PATH_MAX on Linux). */
export const MAX_PATH_LENGTH = 4096;
/** Longest document title accepted in a request. */
export const MAX_TITLE_LENGTH = 256;
/** Longest URL accepted by openExternal. */
export const MAX_URL_LENGTH = 2048;

const projectText = z
  .string()
  .max(MAX_PROJECT_FILE_BYTES, `Project text is longer than the ${MAX_PROJECT_FILE_BYTES}-character limit.`);
const filePath = z.string().min(1).max(MAX_PATH_LENGTH, `File path is longer than ${MAX_PATH_LENGTH} characters.`);
const noArguments = z.strictObject({});

/** The theme choices, as the renderer names them and as Electron's nativeTheme.themeSource takes them. */
export const WINDOW_THEMES = ['system', 'light', 'dark'] as const;

/** One theme choice. */
export type WindowTheme = (typeof WINDOW_THEMES)[number];

/** The zod schema of every request payload, keyed by bridge verb; objects are strict, so extra keys are refused. */
export const REQUEST_SCHEMAS = {
  newProject: noArguments,
  openProject: noArguments,
  openRecent: z.strictObject({ path: filePath }),
  openDroppedFile: z.strictObject({ path: filePath }),
  saveProject: z.strictObject({ text: projectText, path: filePath.optional() }),
  saveProjectAs: z.strictObject({ text: projectText }),
  listRecent: noArguments,
  clearRecent: noArguments,
  setDirty: z.strictObject({ title: z.string().max(MAX_TITLE_LENGTH), dirty: z.boolean() }),
  getDraft: noArguments,
  saveDraft: z.strictObject({ text: projectText, path: filePath.optional() }),
  clearDraft: noArguments,
  openExternal: z.strictObject({ url: z.string().max(MAX_URL_LENGTH) }),
  exportFiles: exportFilesSchema,
  getTheme: noArguments,
  setTheme: z.strictObject({ theme: z.enum(WINDOW_THEMES) }),
} as const satisfies Record<InvokeVerb, z.ZodType>;

/** The validated payload of a verb's request. */
export type RequestOf<V extends InvokeVerb> = z.infer<(typeof REQUEST_SCHEMAS)[V]>;

/** A project file read (and validated) by main: `text` is the file's content, to be parsed with parseProject. */
export interface OpenedProject {
  /** The file it was read from; '' for a project that came in a link and has no file yet. */
  path: string;
  /** The file name without its folder, for titles. */
  name: string;
  text: string;
}

/** Where a project was saved. */
export interface SavedProject {
  path: string;
  name: string;
}

/** One entry of the recent projects list, newest first. */
export interface RecentFile {
  path: string;
  name: string;
}

/** An autosaved copy of an unsaved document, offered for recovery after a crash. */
export interface Draft {
  text: string;
  title: string;
  /**
   * The file the document belongs to, or null for an untitled one. Only a reminder: it grants no
   * right to write there, so the first Save of a recovered draft asks with this file suggested.
   */
  path: string | null;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
}

/** What every call returns: errors come back as values, never as exceptions across IPC. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** The value each request verb resolves to (inside an IpcResult). */
export interface InvokeResults {
  /** true: the renderer may start a new project now; false: cancelled, or a save runs first and 'new' follows. */
  newProject: boolean;
  /** null when the user cancelled (or chose Save first: the file then arrives through onOpenFile). */
  openProject: OpenedProject | null;
  openRecent: OpenedProject | null;
  openDroppedFile: OpenedProject | null;
  /** null when the user cancelled the save dialog. */
  saveProject: SavedProject | null;
  saveProjectAs: SavedProject | null;
  listRecent: RecentFile[];
  clearRecent: null;
  setDirty: null;
  getDraft: Draft | null;
  saveDraft: null;
  clearDraft: null;
  openExternal: null;
  /** null when the person cancelled the save dialog. */
  exportFiles: ExportedFiles | null;
  /** The theme chosen in an earlier run (remembered by main). */
  getTheme: WindowTheme;
  setTheme: null;
}

/** The result type of a verb's call. */
export type ResultOf<V extends InvokeVerb> = IpcResult<InvokeResults[V]>;

/** A dropped file as the preload sees it (a DOM File; only its path is sent to main). */
export type DroppedFile = File;

/**
 * The API the preload exposes as `window.mlp`: task verbs only, never ipcRenderer or IPC events.
 * Calls that touch a dirty document (new, open, openRecent, openDroppedFile) ask "Save changes?"
 * in main first.
 */
export interface MlpBridge {
  newProject(): Promise<ResultOf<'newProject'>>;
  openProject(): Promise<ResultOf<'openProject'>>;
  openRecent(path: string): Promise<ResultOf<'openRecent'>>;
  openDroppedFile(file: DroppedFile): Promise<ResultOf<'openDroppedFile'>>;
  /** Saves to `path` (a file this session opened or chose), or asks where when there is none. */
  saveProject(text: string, path?: string): Promise<ResultOf<'saveProject'>>;
  saveProjectAs(text: string): Promise<ResultOf<'saveProjectAs'>>;
  listRecent(): Promise<ResultOf<'listRecent'>>;
  clearRecent(): Promise<ResultOf<'clearRecent'>>;
  /** Sets the window title and the unsaved-changes marker (which guards close/new/open). */
  setDirty(title: string, dirty: boolean): Promise<ResultOf<'setDirty'>>;
  getDraft(): Promise<ResultOf<'getDraft'>>;
  /**
   * Hands main the current unsaved text; main writes it to its own folder at most every few
   * seconds. Refused (an error result) when the text would not open as a project.
   */
  saveDraft(text: string, path?: string): Promise<ResultOf<'saveDraft'>>;
  clearDraft(): Promise<ResultOf<'clearDraft'>>;
  /** Opens an https:// URL in the system browser; anything else is refused. */
  openExternal(url: string): Promise<ResultOf<'openExternal'>>;
  /** Asks where to save the first of `files` and writes them all into that folder (the first under the name chosen). */
  exportFiles(files: ExportFilePayload[]): Promise<ResultOf<'exportFiles'>>;
  /** The theme chosen in an earlier run. */
  getTheme(): Promise<ResultOf<'getTheme'>>;
  /** Remembers the chosen theme and gives it to the OS title bar and native dialogs. */
  setTheme(theme: WindowTheme): Promise<ResultOf<'setTheme'>>;
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Calls `listener` for each project main opens by itself (command line, OS, menu, drop); returns the unsubscribe function. */
  onOpenFile(listener: (project: OpenedProject) => void): () => void;
}
