/**
 * Which browser tab this page is: an id kept in sessionStorage (so a reload of the tab finds its
 * own draft), held as a Web Lock while the page lives (so a duplicated tab, which copies
 * sessionStorage, takes a new id, and drafts of closed tabs can be told from those of open ones),
 * and the tab's draft bookkeeping (the last draft revision tried, and whether the work was saved
 * or discarded since).
 */

/** What a tab remembers about its drafts; it lives outside the draft storage, so it is still right when that storage is full. */
export interface TabSession {
  id: string;
  /** The document of the newest draft this tab tried to write (its `meta.created`); '' before the first. */
  documentId: string;
  /** The revision of the newest draft this tab tried to write (written or not). */
  revision: number;
  /** True when the tab's work was saved or discarded after that revision, so a draft up to it is no longer needed. */
  cleared: boolean;
}

/** The sessionStorage key of the tab's session. */
export const TAB_SESSION_KEY = 'mlp-studio:tab';

const LOCK_PREFIX = 'mlp-studio:tab:';

/** How long a reloaded page waits for its previous page to let go of the tab's lock. */
export const CLAIM_WAIT_MS = 1500;

/** Web Locks as the tab id needs them; null methods where the browser has none (an http page away from localhost). */
export interface TabLocks {
  /** Holds the tab's lock for the page's life; resolves false when another live page holds it after `waitMs`. */
  claim(id: string, waitMs: number): Promise<boolean>;
  /** The ids of the tabs open now, or null when that cannot be known. */
  openTabs(): Promise<Set<string> | null>;
}

/** Reads the tab's session; null when there is none or it is damaged. */
export function readTabSession(storage: Storage | null): TabSession | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(TAB_SESSION_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id, documentId, revision, cleared } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[0-9a-f]{1,64}$/.test(id) || !Number.isSafeInteger(revision) || typeof cleared !== 'boolean') return null;
    return { id, documentId: typeof documentId === 'string' ? documentId : '', revision: revision as number, cleared };
  } catch {
    return null;
  }
}

/** Writes the tab's session; a few bytes, but a blocked storage only loses the staleness check, never the edit. */
export function writeTabSession(storage: Storage | null, session: TabSession): void {
  try {
    storage?.setItem(TAB_SESSION_KEY, JSON.stringify(session));
  } catch {
    // Without it a draft is taken at its word (as fresh), which is what happened before it existed.
  }
}

/** A random tab id; getRandomValues, because randomUUID exists only on secure pages. */
export function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The browser's Web Locks, or stand-ins that claim everything and know no open tabs. */
export function webTabLocks(locks: LockManager | undefined = globalThis.navigator?.locks): TabLocks {
  if (!locks) return { claim: async () => true, openTabs: async () => null };
  return {
    claim: (id, waitMs) =>
      new Promise<boolean>((resolve) => {
        const signal = AbortSignal.timeout(waitMs);
        locks
          .request(LOCK_PREFIX + id, { signal }, () => {
            resolve(true);
            // Never settles: the lock is let go when the page goes away.
            return new Promise<void>(() => {});
          })
          .catch(() => resolve(false));
      }),
    async openTabs() {
      const { held = [] } = await locks.query();
      return new Set(held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
    },
  };
}

/** Finds this tab's session (a reload keeps it) or starts one; a page that copied another live tab's id starts afresh. */
export async function claimTab(storage: Storage | null, locks: TabLocks, makeId: () => string = newTabId): Promise<TabSession> {
  const kept = readTabSession(storage);
  if (kept && (await locks.claim(kept.id, CLAIM_WAIT_MS))) return kept;
  const session: TabSession = { id: makeId(), documentId: '', revision: 0, cleared: false };
  await locks.claim(session.id, CLAIM_WAIT_MS);
  writeTabSession(storage, session);
  return session;
}
