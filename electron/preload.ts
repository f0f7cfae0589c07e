/**
 * The preload script: exposes `window.mlp` (the MlpBridge of src/ipc/contract.ts, built in
 * bridge.ts) to the sandboxed, context-isolated renderer. Only task verbs cross: never
 * ipcRenderer, never an IPC event. Bundled to dist/electron/preload.cjs.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'mlp',
  createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
