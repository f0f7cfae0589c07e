/** The ipc module's entry point: what the rest of the app imports from it. */
export type { IpcResult, MenuCommand, MlpBridge, OpenedProject, WindowTheme } from './contract';
