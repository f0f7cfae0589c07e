/**
 * The renderer's bridge to main, built over an injected ipcRenderer: every MlpBridge verb is one
 * invoke on its contract channel; pushes from main reach listeners as bare payloads, never as IPC
 * events. The preload exposes the result as `window.mlp`.
 */
// Values come from the zod-free channels module so the preload bundle stays small.
import { INVOKE_CHANNELS, type InvokeVerb, MENU_COMMANDS, type MenuCommand, PUSH_CHANNELS } from '../src/ipc/channels';
import type { MlpBridge, OpenedProject, RequestOf, ResultOf } from '../src/ipc/contract';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** A fresh copy of a pushed project, or null when the message is not one (defence in depth). */
function openedProject(value: unknown): OpenedProject | null {
  const v = value as Partial<OpenedProject> | null;
  if (!v || typeof v.path !== 'string' || typeof v.name !== 'string' || typeof v.text !== 'string') return null;
  return { path: v.path, name: v.name, text: v.text };
}

/**
 * Creates the bridge; `pathForFile` gives a dropped File's path on disk ('' when it has none).
 * Subscribes to main's pushes at once (side effect), holding projects until onOpenFile is called.
 */
export function createBridge(ipc: IpcRendererLike, pathForFile: (file: File) => string): MlpBridge {
  /** Calls main; a failure of IPC itself comes back as an error result too, so callers handle one shape. */
  async function invoke<V extends InvokeVerb>(verb: V, request: RequestOf<V>): Promise<ResultOf<V>> {
    try {
      return (await ipc.invoke(INVOKE_CHANNELS[verb], request)) as ResultOf<V>;
    } catch (error) {
      return {
        ok: false,
        error: {
          message: `The app could not reach its main process (${verb}): ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  }

  const menuListeners = new Set<(command: MenuCommand) => void>();
  const openListeners = new Set<(project: OpenedProject) => void>();
  // Projects main opens at launch may arrive before the app subscribes; they wait here for it.
  const unclaimedProjects: OpenedProject[] = [];

  ipc.on(PUSH_CHANNELS.menuCommand, (_event, command) => {
    if (!isMenuCommand(command)) return;
    for (const listener of menuListeners) listener(command);
  });
  ipc.on(PUSH_CHANNELS.openFile, (_event, value) => {
    const project = openedProject(value);
    if (!project) return;
    if (openListeners.size === 0) unclaimedProjects.push(project);
    for (const listener of openListeners) listener(project);
  });

  return {
    newProject: () => invoke('newProject', {}),
    openProject: () => invoke('openProject', {}),
    openRecent: (path) => invoke('openRecent', { path }),
    openDroppedFile: async (file) => {
      const path = pathForFile(file);
      if (!path)
        return {
          ok: false,
          error: { message: `"${file.name}" is not a file on this computer, so it cannot be opened as a project.` },
        };
      return invoke('openDroppedFile', { path });
    },
    saveProject: (text, path) => invoke('saveProject', path === undefined ? { text } : { text, path }),
    saveProjectAs: (text) => invoke('saveProjectAs', { text }),
    listRecent: () => invoke('listRecent', {}),
    clearRecent: () => invoke('clearRecent', {}),
    setDirty: (title, dirty) => invoke('setDirty', { title, dirty }),
    getDraft: () => invoke('getDraft', {}),
    saveDraft: (text, path) => invoke('saveDraft', path === undefined ? { text } : { text, path }),
    clearDraft: () => invoke('clearDraft', {}),
    openExternal: (url) => invoke('openExternal', { url }),
    exportFiles: (files) => invoke('exportFiles', { files }),
    getTheme: () => invoke('getTheme', {}),
    setTheme: (theme) => invoke('setTheme', { theme }),
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    },
    onOpenFile: (listener) => {
      openListeners.add(listener);
      for (const project of unclaimedProjects.splice(0)) listener(project);
      return () => void openListeners.delete(listener);
    },
  };
}
