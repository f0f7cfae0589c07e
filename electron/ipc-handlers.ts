/**
 * Every request channel of the contract, wired to what answers it in main. Registration goes
 * through the one checked `handle` of ipc.ts, with the channel and schema the contract gives
 * for each verb, so a verb cannot be answered unvalidated or forgotten.
 */
import {
  type ExportedFiles,
  type ExportFilePayload,
  INVOKE_CHANNELS,
  type InvokeResults,
  type InvokeVerb,
  REQUEST_SCHEMAS,
  type RequestOf,
  type WindowTheme,
} from '../src/ipc/contract';
import type { IpcRegistry } from './ipc';
import type { ProjectSession } from './project-session';
import type { RecentFilesStore } from './recent-files';
import { isSafeExternalUrl } from './window';

/** What the handlers call. */
export interface HandlerServices {
  session: ProjectSession;
  recent: RecentFilesStore;
  /** Hands an https URL to the system browser. */
  openExternal(url: string): Promise<void>;
  /** Called after the recent list changed (to rebuild the menu). */
  onRecentChange(): void;
  /** Asks where to save exported files and writes them (see export-files.ts); null when cancelled. */
  exportFiles(files: ExportFilePayload[]): Promise<ExportedFiles | null>;
  /** The remembered theme, kept in step with the OS title bar (theme-keeper.ts). */
  theme: { get(): WindowTheme; set(theme: WindowTheme): void };
}

/** The answer to each verb: a map the compiler checks covers every verb of the contract. */
type Handlers = { [V in InvokeVerb]: (request: RequestOf<V>) => Promise<InvokeResults[V]> | InvokeResults[V] };

function handlersFor({ session, recent, openExternal, onRecentChange, exportFiles, theme }: HandlerServices): Handlers {
  return {
    newProject: () => session.newProject(),
    openProject: () => session.openProject(),
    openRecent: ({ path }) => session.openRecent(path),
    openDroppedFile: ({ path }) => session.openDroppedFile(path),
    saveProject: ({ text, path }) => session.saveProject(text, path),
    saveProjectAs: ({ text }) => session.saveProjectAs(text),
    listRecent: () => recent.list(),
    clearRecent: async () => {
      await recent.clear();
      onRecentChange();
      return null;
    },
    setDirty: ({ title, dirty }) => {
      session.setDirty(title, dirty);
      return null;
    },
    getDraft: () => session.getDraft(),
    saveDraft: ({ text, path }) => {
      session.saveDraft(text, path);
      return null;
    },
    clearDraft: async () => {
      await session.clearDraft();
      return null;
    },
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new Error(`Only https:// links open outside the app; "${url}" was refused.`);
      await openExternal(url);
      return null;
    },
    exportFiles: ({ files }) => exportFiles(files),
    getTheme: () => theme.get(),
    setTheme: ({ theme: chosen }) => {
      theme.set(chosen);
      return null;
    },
  };
}

/** Registers a handler for every verb of the contract on `registry`. */
export function registerIpcHandlers(registry: IpcRegistry, services: HandlerServices): void {
  const handlers = handlersFor(services);
  for (const verb of Object.keys(INVOKE_CHANNELS) as InvokeVerb[]) {
    registry.handle(INVOKE_CHANNELS[verb], REQUEST_SCHEMAS[verb], handlers[verb] as (request: unknown) => unknown);
  }
}
