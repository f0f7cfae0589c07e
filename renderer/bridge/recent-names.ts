/**
 * The web's recent projects: the names of the last few files opened in this browser, kept in
 * localStorage. A page cannot reopen a file by itself, so entries carry no path and `open` returns
 * null; the welcome screen then asks for the file with Open.
 */
import type { OpenedFile, RecentProjects } from './platform';

/** The localStorage key of the list. */
export const RECENT_NAMES_KEY = 'mlp-studio:recent-names';
/** How many names are kept. */
export const MAX_RECENT_NAMES = 6;
/** Longest name kept; anything longer is not a file name a person typed. */
const MAX_NAME_LENGTH = 255;

/** `names` with `name` moved (or added) to the front, without duplicates, at most MAX_RECENT_NAMES long. */
export function withRecentName(names: readonly string[], name: string): string[] {
  return [name, ...names.filter((n) => n !== name)].slice(0, MAX_RECENT_NAMES);
}

/** Reads the stored names, ignoring anything that is not a list of short strings (storage is user-editable). */
export function readRecentNames(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_NAMES_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((n): n is string => typeof n === 'string' && n.length > 0 && n.length <= MAX_NAME_LENGTH)
      .slice(0, MAX_RECENT_NAMES);
  } catch {
    return [];
  }
}

/** The recent list over `storage` (localStorage by default); a full or blocked storage just forgets. */
export function localStorageRecentNames(storage: Storage = globalThis.localStorage): RecentProjects {
  return {
    async list() {
      return readRecentNames(storage).map((name) => ({ name, path: null }));
    },
    async open() {
      return null;
    },
    remember(file: OpenedFile) {
      try {
        storage.setItem(RECENT_NAMES_KEY, JSON.stringify(withRecentName(readRecentNames(storage), file.name)));
      } catch {
        // Storage full or disabled: the list is a convenience.
      }
    },
  };
}
