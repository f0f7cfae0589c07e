/**
 * Imported first by main.tsx: in the web page, starts opening the drafts' database before the rest of the app's
 * code runs, so that the draft check start-up waits for (draft-restore.ts) finds it open instead of waiting for it.
 * The desktop app (whose preload exposes `window.mlp`) keeps its drafts elsewhere and opens nothing here.
 */
import { openDraftDatabase } from './draft-storage';

if (typeof window !== 'undefined' && !('mlp' in window) && typeof indexedDB !== 'undefined') {
  try {
    openDraftDatabase();
  } catch {
    // A browser that refuses IndexedDB here refuses it again when drafts are read, which says why.
  }
}
