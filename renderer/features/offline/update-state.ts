/**
 * Whether a new version of the web build is waiting, and how to switch to it: set by the service
 * worker's registration, read by the update prompt.
 */
import { useSyncExternalStore } from 'react';

/** A waiting new version: `reload` activates it and reloads the page. */
export interface PendingUpdate {
  reload(): void;
}

let pending: PendingUpdate | null = null;
const listeners = new Set<() => void>();

/** Announces a waiting version (or clears it with null). */
export function setPendingUpdate(update: PendingUpdate | null): void {
  pending = update;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The waiting version, live; null while the page runs the newest one. */
export function usePendingUpdate(): PendingUpdate | null {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
}
