/**
 * The platform adapter: everything the renderer needs from its host (files, drafts, menus, the
 * window title), behind one interface, so every feature works the same in Electron and in a
 * plain browser.
 */
import type { MenuCommand, WindowTheme } from '../../src/ipc/index';

export type { MenuCommand };

/**
 * A project file read from disk; `handle` is the platform's opaque reference for saving back (a path, a file handle),
 * null when there is none.
 */
export interface OpenedFile {
  name: string;
  text: string;
  handle: unknown;
  /** Why the host could not read the file (too large, not UTF-8); the renderer shows it and opens nothing. */
  problem?: string;
}

/** Where a save went; `handle` is what the next plain Save writes to. */
export interface SavedFile {
  name: string;
  handle: unknown;
}

/** An unsaved copy of the document kept by the host so a crash or a closed tab loses nothing. */
export interface Draft {
  name: string;
  text: string;
  /** The file the draft belongs to (see OpenedFile.handle), null for an untitled document. */
  handle: unknown;
  /** ISO 8601 time it was written. */
  savedAt: string;
  /** Where the host keeps it, for `remove` (web: its storage key); absent for the desktop's one draft. */
  id?: string;
  /** The document it was taken from: its `meta.created`, which survives saves and renames. */
  documentId?: string;
  /** Which of its tab's drafts this is (web: counted per tab, so a newer attempt has a higher number). */
  revision?: number;
  /** Set when read back if the tab later tried to write a newer draft and could not: edits made after this one are missing. */
  stale?: boolean;
  /**
   * Whose it is: this tab's (or the desktop's), one left by a tab that was closed, another tab's where the browser
   * cannot tell whether it is still open, or one kept by an earlier version of the app.
   */
  origin?: 'this-tab' | 'closed-tab' | 'other-tab' | 'earlier-version';
}

/** The host's drafts: this window's or tab's own, and on the web those other tabs left behind. */
export interface PlatformDrafts {
  /** This tab's (or window's) draft; null when there is none. */
  get(): Promise<Draft | null>;
  /**
   * Keeps `draft` as this tab's draft; rejects with the storage's error (a full quota, a blocked database) when it
   * could not be written.
   */
  save(draft: Draft): Promise<void>;
  /** Forgets this tab's draft (its work was saved or discarded). */
  clear(): Promise<void>;
  /**
   * Sets this tab's draft aside after the app chose not to restore it (stale or unreadable): later saves and clears
   * leave it alone, and `others` lists it until it is restored or discarded; web only.
   */
  setAside?(): Promise<void>;
  /** Drafts of tabs that are closed now (and one carried over from an earlier version), newest first; web only. */
  others?(): Promise<Draft[]>;
  /** Deletes one of those drafts by its id; web only. */
  remove?(id: string): Promise<void>;
  /**
   * Calls `listener` a moment after start and whenever another tab that holds a draft closes, so
   * `others` has drafts of closed tabs to offer (until then `others` may miss a tab that was
   * reloading as this page started); returns the stop function; web only.
   */
  watch?(listener: () => void): () => void;
}

/** A project opened recently: Electron knows its path; a web page knows only its name (null path). */
export interface RecentProject {
  name: string;
  path: string | null;
}

/** The host's list of recently opened projects, newest first. */
export interface RecentProjects {
  list(): Promise<RecentProject[]>;
  /**
   * Reopens an entry by its path; null when cancelled, or when it has none (a web page cannot reopen a file by
   * itself: ask for it with Open).
   */
  open(entry: RecentProject): Promise<OpenedFile | null>;
  /** Notes a project the person opened and that loaded (Electron's main keeps its list itself, so there it does nothing). */
  remember(file: OpenedFile): void;
}

/** A generated file to export (a script, a model, an image, a table); `type` is its MIME type. */
export interface ExportFile {
  name: string;
  data: string | Uint8Array<ArrayBuffer>;
  type: string;
}

/** What the renderer can ask of its host. */
export interface Platform {
  kind: 'web' | 'electron';
  /**
   * Whether the host itself asks "save changes?" before new, open or a dropped file replace a
   * dirty document (Electron's main process does); when false the renderer asks.
   */
  asksBeforeDiscarding: boolean;
  /** Whether the renderer may start a new project now (the host may have asked the user first). */
  newProject(): Promise<boolean>;
  /** Asks the user for a project file; null when they cancel. */
  openProject(): Promise<OpenedFile | null>;
  /** Reads a file dropped onto the window; null when the host declined it. */
  openDroppedFile(file: File): Promise<OpenedFile | null>;
  /** Writes `text` to `handle` when there is one, otherwise asks where (like Save As); null when cancelled. */
  saveProject(text: string, suggestedName: string, handle?: unknown): Promise<SavedFile | null>;
  /** Always asks where to write; null when cancelled. */
  saveProjectAs(text: string, suggestedName: string): Promise<SavedFile | null>;
  drafts: PlatformDrafts;
  /**
   * Saves exported files: a browser downloads each one; Electron asks where to put the first and
   * writes the rest beside it. Resolves to the names saved, or null when cancelled (optional: test
   * doubles may leave it out, and the files are then downloaded).
   */
  exportFiles?(files: ExportFile[]): Promise<{ names: string[] } | null>;
  /** Recently opened projects, for the welcome screen (optional: test doubles may leave it out). */
  recentProjects?: RecentProjects;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to projects opened from outside the Open button (a file given on the command line, the hidden file
   * input); returns the unsubscribe function.
   */
  onProjectOpened(listener: (file: OpenedFile) => void): () => void;
  /** Tells the host the document's name (without the app name) and whether it has unsaved changes (title marker, close prompt). */
  setWindowState(documentTitle: string, dirty: boolean): void;
  /** The theme the host remembers between runs and shows in its title bar (optional: only the desktop app has one). */
  windowTheme?: { load(): Promise<WindowTheme | null>; save(theme: WindowTheme): void };
}
