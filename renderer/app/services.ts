/**
 * The app's long-lived services, created once at start-up and handed to React through context:
 * the store, the platform adapter, the file commands, the drafts and the training client (which owns
 * the training worker; the store's training verbs reach it). The bundled presets load on first use
 * (features/presets/use-presets.ts).
 */
import { createProject } from '../../src/project/light';
import type { Platform } from '../bridge/platform';
import { createDraftKeeper, type DraftKeeper } from '../features/files/draft-keeper';
import { createFileCommands, type FileCommands } from '../features/files/file-commands';
import { type AppStore, createAppStore } from '../store/app-store';
import { TrainingClient, type TrainingClientOptions } from '../training/client';
import { RunGroup } from '../training/run-group';
import { spawnTrainingWorker } from '../training/spawn-worker';

/** Everything components reach through context. */
export interface AppServices {
  store: AppStore;
  platform: Platform;
  files: FileCommands;
  /** Restores, offers and keeps drafts of unsaved work (started by main.tsx, so tests that need no drafts write none). */
  drafts: DraftKeeper;
  training: TrainingClient;
  /** Trains side-by-side runs in lock-step (the store's verbs reach it while the project has several runs). */
  runGroup: RunGroup;
}

/**
 * Creates the services over a platform (and a store and training options, for tests that bring their own); the
 * training client is connected to the store.
 */
export function createServices(
  platform: Platform,
  store: AppStore = createAppStore(createProject(), 'Untitled.mlp', { arrange: true }),
  training: Partial<TrainingClientOptions> = {},
): AppServices {
  const client = new TrainingClient(store, { spawn: spawnTrainingWorker, ...gridResolutionFromUrl(), ...training });
  client.connect();
  // The group takes over from single-run training when it starts: the client's worker stops.
  const runGroup = new RunGroup(store, {
    spawn: training.spawn ?? spawnTrainingWorker,
    onTakeOver: () => client.dispose(),
  });
  runGroup.connect();
  return {
    store,
    platform,
    files: createFileCommands(store, platform),
    drafts: createDraftKeeper(store, platform),
    training: client,
    runGroup,
  };
}

/**
 * `?grid=N` sets the decision grid's side (16 to 256 cells; the default is the client's): the UI
 * benchmark uses it to time a 128×128 boundary refresh, and a teacher can ask for a finer one.
 */
export function gridResolutionFromUrl(
  search = typeof location === 'undefined' ? '' : location.search,
): Partial<TrainingClientOptions> {
  const value = Number(new URLSearchParams(search).get('grid'));
  return Number.isInteger(value) && value >= 16 && value <= 256 ? { gridResolution: value } : {};
}
