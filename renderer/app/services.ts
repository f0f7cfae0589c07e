/**
 * The app's long-lived services, created once at start-up and handed to React through context:
 * the store, the platform adapter, the file commands, the drafts and the training driver (which owns
 * the training workers; the store's training verbs reach it). The bundled presets load on first use
 * (features/presets/use-presets.ts).
 */
import { createProject } from '../../src/project/light';
import type { Platform } from '../bridge/platform';
import { createDraftKeeper, type DraftKeeper } from '../features/files/draft-keeper';
import { createFileCommands, type FileCommands } from '../features/files/file-commands';
import { type AppStore, createAppStore } from '../store/app-store';
import { TrainingDriver, type TrainingDriverOptions } from '../training/driver';
import { spawnTrainingWorker } from '../training/spawn-worker';

/** Everything components reach through context. */
export interface AppServices {
  store: AppStore;
  platform: Platform;
  files: FileCommands;
  /** Restores, offers and keeps drafts of unsaved work (started by main.tsx, so tests that need no drafts write none). */
  drafts: DraftKeeper;
  /** Trains the project: one network alone, or side-by-side runs in lock-step. */
  training: TrainingDriver;
}

/**
 * Creates the services over a platform (and a store and training options, for tests that bring their own); the
 * training driver is connected to the store.
 */
export function createServices(
  platform: Platform,
  store: AppStore = createAppStore(createProject(), 'Untitled.mlp', { arrange: true }),
  training: Partial<TrainingDriverOptions> = {},
): AppServices {
  const driver = new TrainingDriver(store, { spawn: spawnTrainingWorker, ...gridResolutionFromUrl(), ...training });
  driver.connect();
  return {
    store,
    platform,
    files: createFileCommands(store, platform),
    drafts: createDraftKeeper(store, platform),
    training: driver,
  };
}

/**
 * `?grid=N` sets the decision grid's side (16 to 256 cells; the default is the driver's): the UI
 * benchmark uses it to time a 128×128 boundary refresh, and a teacher can ask for a finer one.
 */
export function gridResolutionFromUrl(
  search = typeof location === 'undefined' ? '' : location.search,
): Partial<TrainingDriverOptions> {
  const value = Number(new URLSearchParams(search).get('grid'));
  return Number.isInteger(value) && value >= 16 && value <= 256 ? { gridResolution: value } : {};
}
