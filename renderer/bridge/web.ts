/**
 * The browser adapter: the File System Access pickers where Chromium offers them, otherwise an
 * <input type=file> to open and a Blob download to save; one draft per tab in IndexedDB; no native
 * menus. Files are read by size first, then as strict UTF-8 (read-project-file.ts).
 */
import { indexedDbDraftStorage, memoryDraftStorage } from './draft-storage';
import { createWebDrafts } from './drafts';
import { localStorageRecentNames } from './recent-names';
import {
  isAbort,
  isPickedFileHandle,
  OPEN_FILE_TYPES,
  PROJECT_FILE_TYPES,
  type PickedFileHandle,
  type WindowWithPickers,
} from './file-system-access';
import type { OpenedFile, Platform, PlatformDrafts, SavedFile } from './platform';
import { openedFileOf } from './read-project-file';
import { claimTab, webTabLocks } from './tab-identity';

/** The data-testid of the hidden file input, which browser tests fill with setInputFiles. */
export const OPEN_INPUT_TEST_ID = 'open-file-input';

/**
 * Native pickers only for a person at the keyboard: an automated browser (navigator.webdriver) cannot
 * answer them, so tests get the <input type=file> and download path, which they can drive.
 */
function nativePickers(): WindowWithPickers | null {
  const w = window as unknown as WindowWithPickers;
  return typeof w.showOpenFilePicker === 'function' &&
    typeof w.showSaveFilePicker === 'function' &&
    !navigator.webdriver
    ? w
    : null;
}

/** Saves by downloading a Blob, the only way a plain page can write a file. */
function download(text: string, name: string): SavedFile {
  downloadData(text, name, 'application/json');
  return { name, handle: null };
}

/** Offers `data` as a download named `name`. */
function downloadData(data: string | Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: the download reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function writeTo(handle: PickedFileHandle, text: string): Promise<SavedFile> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
  return { name: handle.name, handle };
}

/** A Web Storage area, or null where the browser blocks it (reading `localStorage` itself can throw). */
function storageArea(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null;
  }
}

/** This tab's drafts in IndexedDB (in memory, for this page only, where the browser has no IndexedDB). */
function tabDrafts(): PlatformDrafts {
  const locks = webTabLocks();
  const session = storageArea('sessionStorage');
  return createWebDrafts({
    storage: typeof indexedDB === 'undefined' ? memoryDraftStorage() : indexedDbDraftStorage(),
    session: claimTab(session, locks),
    sessionStorage: session,
    locks,
    local: storageArea('localStorage'),
  });
}

/** Creates the browser adapter; it adds one hidden file input to the page and claims the tab's id. */
export function createWebPlatform(): Platform {
  const opened = new Set<(file: OpenedFile) => void>();
  let pendingOpen: ((file: OpenedFile | null) => void) | null = null;

  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.mlp,.ipynb,application/json';
  input.hidden = true;
  input.dataset.testid = OPEN_INPUT_TEST_ID;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await openedFileOf(file, null);
    if (pendingOpen) pendingOpen(result);
    else for (const listener of opened) listener(result);
    pendingOpen = null;
  });
  input.addEventListener('cancel', () => {
    pendingOpen?.(null);
    pendingOpen = null;
  });
  document.body.append(input);

  const saveAs = async (text: string, suggestedName: string): Promise<SavedFile | null> => {
    const pickers = nativePickers();
    if (!pickers?.showSaveFilePicker) return download(text, suggestedName);
    try {
      return await writeTo(await pickers.showSaveFilePicker({ suggestedName, types: PROJECT_FILE_TYPES }), text);
    } catch (error) {
      if (isAbort(error)) return null;
      throw error;
    }
  };

  return {
    kind: 'web',
    asksBeforeDiscarding: false,
    async newProject() {
      return true;
    },
    async openDroppedFile(file) {
      return openedFileOf(file, null);
    },
    async openProject() {
      const pickers = nativePickers();
      if (!pickers?.showOpenFilePicker) {
        return new Promise<OpenedFile | null>((resolve) => {
          pendingOpen = resolve;
          input.click();
        });
      }
      try {
        const [handle] = await pickers.showOpenFilePicker({ types: OPEN_FILE_TYPES, multiple: false });
        return await openedFileOf(await handle.getFile(), handle);
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },
    async saveProject(text, suggestedName, handle) {
      return isPickedFileHandle(handle) ? writeTo(handle, text) : saveAs(text, suggestedName);
    },
    saveProjectAs: saveAs,
    async exportFiles(files) {
      for (const file of files) downloadData(file.data, file.name, file.type);
      return { names: files.map((f) => f.name) };
    },
    drafts: tabDrafts(),
    recentProjects: localStorageRecentNames(),
    onMenuCommand() {
      return () => {};
    },
    onProjectOpened(listener) {
      opened.add(listener);
      return () => opened.delete(listener);
    },
    setWindowState() {
      // The page title (set by the renderer) is all a browser tab shows.
    },
  };
}
