/**
 * The recent projects list: newest first, no duplicates, at most ten, kept in a JSON file in the
 * user-data folder. A missing or damaged list file simply starts an empty list.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAX_PATH_LENGTH, type RecentFile } from '../src/ipc/contract';
import { writeFileAtomic } from '../src/project/atomic-write';

/** How many recent projects the list keeps. */
export const MAX_RECENT_FILES = 10;

const storedListSchema = z.object({
  version: z.literal(1),
  paths: z.array(z.string().min(1).max(MAX_PATH_LENGTH)),
});

/** Whether two paths name the same file; Windows and macOS file systems ignore case by default. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const caseless = platform === 'win32' || platform === 'darwin';
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const left = pathApi.normalize(a);
  const right = pathApi.normalize(b);
  return caseless ? left.toLowerCase() === right.toLowerCase() : left === right;
}

/** The list with `filePath` moved (or added) to the front, duplicates removed, cut to `max` entries. */
export function addRecentPath(
  paths: readonly string[],
  filePath: string,
  platform: NodeJS.Platform,
  max: number = MAX_RECENT_FILES,
): string[] {
  return [filePath, ...paths.filter((p) => !samePath(p, filePath, platform))].slice(0, max);
}

/** The list without `filePath`. */
export function removeRecentPath(paths: readonly string[], filePath: string, platform: NodeJS.Platform): string[] {
  return paths.filter((p) => !samePath(p, filePath, platform));
}

/** A recent entry as the renderer and the menu show it. */
export function toRecentFile(filePath: string, platform: NodeJS.Platform): RecentFile {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  return { path: filePath, name: pathApi.basename(filePath) };
}

/** The recent list of one user, persisted on every change. */
export interface RecentFilesStore {
  list(): RecentFile[];
  has(filePath: string): boolean;
  add(filePath: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  clear(): Promise<void>;
}

/** Reads a stored list, dropping anything malformed rather than failing start-up. */
async function readStoredPaths(file: string, platform: NodeJS.Platform): Promise<string[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const parsed = storedListSchema.safeParse(raw);
  if (!parsed.success) return [];
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  return parsed.data.paths
    .filter((p) => pathApi.isAbsolute(p))
    .reduceRight<string[]>((list, p) => addRecentPath(list, p, platform), [])
    .slice(0, MAX_RECENT_FILES);
}

/** Loads the recent list from `file` (a JSON file in userData) and returns a store that saves each change there. */
export async function loadRecentFiles(
  file: string,
  platform: NodeJS.Platform = process.platform,
): Promise<RecentFilesStore> {
  let paths = await readStoredPaths(file, platform);
  let writes: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    const snapshot = JSON.stringify({ version: 1, paths }, null, 2);
    // Chained so that two quick changes cannot land on disk in the wrong order; a failed write
    // does not block the next one.
    writes = writes
      .catch(() => undefined)
      .then(async () => {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await writeFileAtomic(file, snapshot);
      });
    return writes;
  };
  return {
    list: () => paths.map((p) => toRecentFile(p, platform)),
    has: (filePath) => paths.some((p) => samePath(p, filePath, platform)),
    add: (filePath) => {
      paths = addRecentPath(paths, filePath, platform);
      return persist();
    },
    remove: (filePath) => {
      paths = removeRecentPath(paths, filePath, platform);
      return persist();
    },
    clear: () => {
      paths = [];
      return persist();
    },
  };
}
