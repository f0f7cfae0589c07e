/**
 * The Electron adapter: wraps the preload's `window.mlp` (typed by src/ipc/contract.ts). Main
 * shows the native dialogs, writes files atomically, keeps drafts on disk and asks "save
 * changes?" itself; errors come back as values and are thrown here as plain Errors.
 */
import type { IpcResult, MlpBridge, OpenedProject } from '../../src/ipc/index';
import type { OpenedFile, Platform, SavedFile } from './platform';

/** The bridge as the preload exposes it. */
export type MlpBridgeLike = MlpBridge;

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function opened(project: OpenedProject | null): OpenedFile | null {
  return project ? { name: project.name, text: project.text, handle: project.path } : null;
}

function saved(project: { path: string; name: string } | null): SavedFile | null {
  return project ? { name: project.name, handle: project.path } : null;
}

const pathOf = (handle: unknown) => (typeof handle === 'string' && handle !== '' ? handle : undefined);

/** Creates the Electron adapter over the preload bridge. */
export function createElectronPlatform(bridge: MlpBridge): Platform {
  return {
    kind: 'electron',
    asksBeforeDiscarding: true,
    async newProject() {
      return unwrap(await bridge.newProject());
    },
    async openProject() {
      return opened(unwrap(await bridge.openProject()));
    },
    async openDroppedFile(file) {
      return opened(unwrap(await bridge.openDroppedFile(file)));
    },
    async saveProject(text, _suggestedName, handle) {
      return saved(unwrap(await bridge.saveProject(text, pathOf(handle))));
    },
    async saveProjectAs(text) {
      return saved(unwrap(await bridge.saveProjectAs(text)));
    },
    drafts: {
      async get() {
        const draft = unwrap(await bridge.getDraft());
        return draft ? { name: draft.title, text: draft.text, handle: draft.path, savedAt: draft.savedAt } : null;
      },
      async save(draft) {
        unwrap(await bridge.saveDraft(draft.text, pathOf(draft.handle)));
      },
      async clear() {
        unwrap(await bridge.clearDraft());
      },
    },
    recentProjects: {
      async list() {
        return unwrap(await bridge.listRecent()).map((r) => ({ name: r.name, path: r.path }));
      },
      async open(entry) {
        return entry.path ? opened(unwrap(await bridge.openRecent(entry.path))) : null;
      },
      remember() {
        // Main adds every file it opens to its own list.
      },
    },
    async exportFiles(files) {
      return unwrap(await bridge.exportFiles(files.map(({ name, data }) => ({ name, data }))));
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onProjectOpened: (listener) =>
      bridge.onOpenFile((project) => {
        const file = opened(project);
        if (file) listener(file);
      }),
    setWindowState(title, dirty) {
      void bridge.setDirty(title, dirty);
    },
    windowTheme: {
      async load() {
        const result = await bridge.getTheme();
        return result.ok ? result.value : null;
      },
      save(theme) {
        void bridge.setTheme(theme);
      },
    },
  };
}
