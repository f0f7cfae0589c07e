/** Stand-ins for the browser's Web Storage and Web Locks in Node tests of the drafts. */
import type { TabLocks } from './tab-identity';

/** A Web Storage area in a Map; `failWrites` makes setItem throw as a full storage does. */
export function memoryWebStorage(options: { failWrites?: () => boolean } = {}): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (options.failWrites?.()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, String(value));
    },
  };
}

/** Web Locks shared by the "tabs" of one test: `held` is the set of tab ids whose pages are open; `close` lets one go. */
export function fakeTabLocks(held = new Set<string>()): TabLocks & { held: Set<string>; close(id: string): void } {
  const waiting = new Map<string, (() => void)[]>();
  return {
    held,
    async claim(id) {
      if (held.has(id)) return false;
      held.add(id);
      return true;
    },
    openTabs: async () => new Set(held),
    whenFree: (id, signal) =>
      new Promise<void>((resolve, reject) => {
        if (!held.has(id)) return resolve();
        waiting.set(id, [...(waiting.get(id) ?? []), resolve]);
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
    close(id) {
      held.delete(id);
      for (const resolve of waiting.get(id) ?? []) resolve();
      waiting.delete(id);
    },
  };
}
