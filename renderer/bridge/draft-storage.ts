/**
 * The key-value storage web drafts live in: IndexedDB through idb-keyval in the page, a Map in
 * tests. Kept this small so the draft logic above it runs in Node without a browser.
 */
import { createStore, del, entries, get, keys, promisifyRequest, type UseStore } from 'idb-keyval';

/** The few operations drafts need; every method rejects with the storage's own error (QuotaExceededError, ...). */
export interface DraftStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  /** The keys alone, without reading the values (drafts can be megabytes). */
  keys(): Promise<string[]>;
}

/** The IndexedDB database and object store that hold the drafts. */
export const DRAFT_DATABASE = { name: 'mlp-studio', store: 'drafts' } as const;

let opened: UseStore | null = null;

/**
 * The drafts' database, opened on first call (the web page calls it first thing at start-up, so the open overlaps
 * the loading of the rest of the page: see open-drafts-early.ts).
 */
export function openDraftDatabase(): UseStore {
  opened ??= createStore(DRAFT_DATABASE.name, DRAFT_DATABASE.store);
  return opened;
}

/** Drafts in IndexedDB; each write commits its transaction at once, so a write begun as the page hides is not left waiting. */
export function indexedDbDraftStorage(): DraftStorage {
  const database = openDraftDatabase;
  return {
    get: (key) => get(key, database()),
    set: (key, value) =>
      database()('readwrite', (objects) => {
        objects.put(value, key);
        objects.transaction.commit?.();
        return promisifyRequest(objects.transaction);
      }),
    del: (key) => del(key, database()),
    entries: async () =>
      (await entries(database())).filter((entry): entry is [string, unknown] => typeof entry[0] === 'string'),
    keys: async () => (await keys(database())).filter((key): key is string => typeof key === 'string'),
  };
}

/** Drafts in a Map (tests, and pages where IndexedDB is missing); `failWrites` makes every write reject as a full storage would. */
export function memoryDraftStorage(
  map = new Map<string, unknown>(),
  options: { failWrites?: () => boolean } = {},
): DraftStorage & { map: Map<string, unknown> } {
  return {
    map,
    get: async (key) => structuredClone(map.get(key)),
    async set(key, value) {
      if (options.failWrites?.()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, structuredClone(value));
    },
    del: async (key) => void map.delete(key),
    entries: async () => [...map.entries()].map(([key, value]) => [key, structuredClone(value)]),
    keys: async () => [...map.keys()],
  };
}
