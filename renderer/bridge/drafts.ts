/**
 * Drafts kept in the browser's localStorage: one unsaved copy of the document, written while the
 * user edits and cleared when they save.
 */
import type { Draft, Platform } from './platform';

/** The localStorage key of the draft. */
export const DRAFT_KEY = 'mlp-studio:draft';

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.text === 'string' && typeof v.savedAt === 'string';
}

/** Draft storage on `storage` (localStorage by default); a full or blocked storage loses the draft, never the session. */
export function localStorageDrafts(storage: Storage = globalThis.localStorage): Platform['drafts'] {
  return {
    async get() {
      try {
        const raw = storage.getItem(DRAFT_KEY);
        const parsed: unknown = raw === null ? null : JSON.parse(raw);
        // A browser cannot reopen a file by reference, so a web draft never carries a handle.
        return isDraft(parsed) ? { name: parsed.name, text: parsed.text, savedAt: parsed.savedAt, handle: null } : null;
      } catch {
        return null;
      }
    },
    async save(draft) {
      try {
        storage.setItem(DRAFT_KEY, JSON.stringify({ name: draft.name, text: draft.text, savedAt: draft.savedAt }));
      } catch {
        // Quota exceeded or storage disabled: the draft is a convenience, so editing goes on.
      }
    },
    async clear() {
      try {
        storage.removeItem(DRAFT_KEY);
      } catch {
        // Nothing to clear when storage is disabled.
      }
    },
  };
}
