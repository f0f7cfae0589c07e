/**
 * Autosave of the unsaved document to the user-data folder, so a crash loses at most a few
 * seconds of work: the renderer hands over the text as often as it likes, the store writes the
 * newest one at most every `intervalMs`, and the next start offers it back.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type Draft, MAX_PATH_LENGTH, MAX_PROJECT_FILE_BYTES, MAX_TITLE_LENGTH } from '../src/ipc/contract';
import { writeFileAtomic } from '../src/project/atomic-write';

/** How often a changing document is written to the draft file. */
export const DRAFT_INTERVAL_MS = 3000;

const storedDraftSchema = z.object({
  version: z.literal(1),
  text: z.string().max(MAX_PROJECT_FILE_BYTES),
  title: z.string().max(MAX_TITLE_LENGTH),
  path: z.string().max(MAX_PATH_LENGTH).nullable(),
  savedAt: z.string().max(40),
});

/** Timers, injectable so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): Date;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => new Date(),
};

/** The draft of the one open document. */
export interface DraftStore {
  /** Remembers the newest unsaved text; it reaches disk within `intervalMs`. */
  save(draft: Omit<Draft, 'savedAt'>): void;
  /** Writes a pending draft now (before quitting). */
  flush(): Promise<void>;
  /** The draft left on disk, or null when there is none or it is unreadable. */
  load(): Promise<Draft | null>;
  /** Forgets the draft: cancels a pending write and deletes the file (after a save or "Don't Save"). */
  clear(): Promise<void>;
}

/** Creates the draft store writing to `file` (in userData). */
export function createDraftStore(file: string, options: { intervalMs?: number; timers?: Timers } = {}): DraftStore {
  const intervalMs = options.intervalMs ?? DRAFT_INTERVAL_MS;
  const timers = options.timers ?? realTimers;
  let pending: Omit<Draft, 'savedAt'> | null = null;
  let timer: unknown = null;
  // Every disk operation runs in order, so a clear can never be overtaken by an older write.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (operation: () => Promise<void>): Promise<void> => {
    queue = queue.catch(() => undefined).then(operation);
    return queue;
  };

  const writePending = (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    const draft = pending;
    pending = null;
    if (!draft) return queue;
    const stored = { version: 1, ...draft, savedAt: timers.now().toISOString() };
    return enqueue(async () => {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify(stored));
    });
  };

  return {
    save(draft) {
      pending = draft;
      if (timer === null) timer = timers.setTimeout(() => void writePending().catch(() => undefined), intervalMs);
    },
    flush: writePending,
    async load() {
      await queue.catch(() => undefined);
      try {
        // A draft larger than any project can hold is damage, not a document: do not read it.
        if ((await fs.stat(file)).size > 2 * MAX_PROJECT_FILE_BYTES) return null;
        const parsed = storedDraftSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
        if (!parsed.success) return null;
        const { text, title, path: draftPath, savedAt } = parsed.data;
        return { text, title, path: draftPath, savedAt };
      } catch {
        return null;
      }
    },
    clear() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = null;
      return enqueue(() => fs.rm(file, { force: true }));
    },
  };
}
