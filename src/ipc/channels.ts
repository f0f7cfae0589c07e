/**
 * The zod-free half of the IPC contract: channel names and menu commands (read from src/commands). Kept apart so the
 * sandboxed preload, which needs only these, does not bundle zod; contract.ts re-exports all of
 * it and remains the one place the renderer and main import from.
 */

/** Commands the native menu sends to the renderer (those the command table places in a menu); the renderer decides what each does. */
export { MENU_COMMANDS, type MenuCommand } from '../commands/command-table';

/** IPC channel of each request verb (the verbs of MlpBridge that call main); the 'mlp:' prefix keeps them apart from Electron's own. */
export const INVOKE_CHANNELS = {
  newProject: 'mlp:project:new',
  openProject: 'mlp:project:open',
  openRecent: 'mlp:project:open-recent',
  openDroppedFile: 'mlp:project:open-dropped',
  saveProject: 'mlp:project:save',
  saveProjectAs: 'mlp:project:save-as',
  listRecent: 'mlp:recent:list',
  clearRecent: 'mlp:recent:clear',
  setDirty: 'mlp:window:set-dirty',
  getDraft: 'mlp:draft:get',
  saveDraft: 'mlp:draft:save',
  clearDraft: 'mlp:draft:clear',
  openExternal: 'mlp:shell:open-external',
  exportFiles: 'mlp:export:save',
  getTheme: 'mlp:window:get-theme',
  setTheme: 'mlp:window:set-theme',
} as const;

/** Channels main pushes on (main → renderer); their payloads are MenuCommand and OpenedProject. */
export const PUSH_CHANNELS = {
  menuCommand: 'mlp:push:menu-command',
  openFile: 'mlp:push:open-file',
} as const;

/** A verb of the bridge that is a request/response call into main. */
export type InvokeVerb = keyof typeof INVOKE_CHANNELS;
