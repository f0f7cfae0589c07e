/**
 * The app's long-lived services, created once at start-up and handed to React through context:
 * the store, the platform adapter, the file commands and the bundled presets.
 */
import { createProject } from '../../src/project/index';
import type { Platform } from '../bridge/platform';
import { createFileCommands, type FileCommands } from '../features/files/file-commands';
import { loadPresets, type Preset } from '../features/presets/presets';
import { type AppStore, createAppStore } from '../store/app-store';

/** Everything components reach through context. */
export interface AppServices {
  store: AppStore;
  platform: Platform;
  files: FileCommands;
  presets: Preset[];
}

/** Creates the services over a platform (and a store, for tests that bring their own). */
export function createServices(platform: Platform, store: AppStore = createAppStore(createProject(), 'Untitled.mlp', { arrange: true })): AppServices {
  return { store, platform, files: createFileCommands(store, platform), presets: loadPresets() };
}
