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
import type { ProjectParser } from './files';

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

/** A draft that would not read back: nothing was replaced, and the message says why. */
export class DraftRefusedError extends Error {
  override name = 'DraftRefusedError';
}

/**
 * The draft file's text for `draft`, after checking that it reads back exactly as `load` reads it
 * (the stored schema, then `parse` on the project text); throws DraftRefusedError otherwise.
 */
export function serializeDraft(draft: Draft, parse: ProjectParser): string {
  const serialized = JSON.stringify({ version: 1, ...draft });
  let problem: string | null = null;
  try {
    const stored = storedDraftSchema.safeParse(JSON.parse(serialized));
    if (!stored.success) problem = z.prettifyError(stored.error);
    else parse(stored.data.text);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== null) {
    throw new DraftRefusedError(
      `The unsaved-changes draft was not updated: the project would not open again, so the previous draft was kept. ${problem} ` +
        'Fix the field named above; until then a crash would lose the changes made since the previous draft.',
    );
  }
  return serialized;
}

/** The draft of the one open document. */
export interface DraftStore {
  /**
   * Remembers the newest unsaved text, which reaches disk within `intervalMs`; throws
   * DraftRefusedError, keeping the previous draft, when that text would not read back.
   */
  save(draft: Omit<Draft, 'savedAt'>): void;
  /** Writes a pending draft now (before quitting). */
  flush(): Promise<void>;
  /** The draft left on disk, or null when there is none or it is unreadable. */
  load(): Promise<Draft | null>;
  /** Forgets the draft: cancels a pending write and deletes the file (after a save or "Don't Save"). */
  clear(): Promise<void>;
}

/** How often drafts are written, by which clock, and who hears a write that failed on disk. */
export interface DraftStoreOptions {
  intervalMs?: number;
  timers?: Timers;
  /** Hears a timed write that failed (disk full, permissions), which no caller is waiting for. */
  onWriteError?(message: string): void;
}

/** Creates the draft store writing to `file` (in userData); `parse` is the project parser every draft must pass. */
export function createDraftStore(file: string, parse: ProjectParser, options: DraftStoreOptions = {}): DraftStore {
  const intervalMs = options.intervalMs ?? DRAFT_INTERVAL_MS;
  const timers = options.timers ?? realTimers;
  // The serialized draft, checked when it was handed over, waiting for its write.
  let pending: string | null = null;
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
    const serialized = pending;
    pending = null;
    if (serialized === null) return queue;
    return enqueue(async () => {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, serialized);
    });
  };

  return {
    save(draft) {
      pending = serializeDraft({ ...draft, savedAt: timers.now().toISOString() }, parse);
      if (timer === null) {
        timer = timers.setTimeout(() => {
          writePending().catch((error: unknown) =>
            options.onWriteError?.(
              `Could not write the unsaved-changes draft: ${error instanceof Error ? error.message : String(error)}`,
            ),
          );
        }, intervalMs);
      }
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
