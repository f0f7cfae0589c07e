/**
 * Which browser tab this page is: an id kept in sessionStorage (so a reload of the tab finds its
 * own draft), held as a Web Lock while the page lives (so a duplicated tab, which copies
 * sessionStorage, takes a new id, and drafts of closed tabs can be told from those of open ones),
 * and the tab's draft bookkeeping (the last draft revision tried, and whether the work was saved
 * or discarded since), copied to localStorage as the tab's ledger so that other tabs can judge its
 * drafts once it is closed.
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
export const CLAIM_WAIT_MS = 3000;

/** Web Locks as the tab id needs them; null methods where the browser has none (an http page away from localhost). */
export interface TabLocks {
  /** Holds the tab's lock for the page's life; resolves false when another live page holds it after `waitMs`. */
  claim(id: string, waitMs: number): Promise<boolean>;
  /** The ids of the tabs open now, or null when that cannot be known. */
  openTabs(): Promise<Set<string> | null>;
  /**
   * Resolves once the page holding tab `id`'s lock lets go of it (the tab closed or is reloading); never where that
   * cannot be known. Rejects when `signal` aborts.
   */
  whenFree(id: string, signal: AbortSignal): Promise<void>;
}

/** Reads the tab's session; null when there is none or it is damaged. */
export function readTabSession(storage: Storage | null): TabSession | null {
  try {
    return parseSession(storage?.getItem(TAB_SESSION_KEY) ?? null);
  } catch {
    return null;
  }
}

/** A session from its stored text; null when damaged. */
function parseSession(text: string | null): TabSession | null {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id, documentId, revision, cleared } = value as Record<string, unknown>;
    if (
      typeof id !== 'string' ||
      !/^[0-9a-f]{1,64}$/.test(id) ||
      !Number.isSafeInteger(revision) ||
      typeof cleared !== 'boolean'
    )
      return null;
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

/**
 * The browser's Web Locks, or stand-ins that claim everything and know no open tabs. A claimed
 * lock is held until the browser tears the page down (letting go on `pagehide` would make a
 * reloading tab look closed to the others until its new page claims it again).
 */
export function webTabLocks(locks: LockManager | undefined = globalThis.navigator?.locks): TabLocks {
  if (!locks)
    return { claim: async () => true, openTabs: async () => null, whenFree: () => new Promise<void>(() => {}) };
  const hold = (id: string, waitMs: number) =>
    new Promise<boolean>((resolve) => {
      locks
        .request(LOCK_PREFIX + id, { signal: AbortSignal.timeout(waitMs) }, () => {
          resolve(true);
          // Never settles: the lock goes with the page.
          return new Promise<void>(() => {});
        })
        .catch(() => resolve(false));
    });
  return {
    claim: hold,
    async openTabs() {
      const { held = [] } = await locks.query();
      return new Set(
        held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])),
      );
    },
    // Granted once the holder lets go; the callback returns at once, so a reloading tab gets its lock straight back.
    whenFree: (id, signal) => locks.request(LOCK_PREFIX + id, { signal }, () => undefined),
  };
}

/** Finds this tab's session (a reload keeps it) or starts one; a page that copied another live tab's id starts afresh. */
export async function claimTab(
  storage: Storage | null,
  locks: TabLocks,
  makeId: () => string = newTabId,
): Promise<TabSession> {
  const kept = readTabSession(storage);
  if (kept && (await locks.claim(kept.id, CLAIM_WAIT_MS))) return kept;
  const session: TabSession = { id: makeId(), documentId: '', revision: 0, cleared: false };
  await locks.claim(session.id, CLAIM_WAIT_MS);
  writeTabSession(storage, session);
  return session;
}

/** localStorage keys of the tabs' ledgers (a copy of each tab's session that outlives the tab), followed by the tab's id. */
export const TAB_LEDGER_PREFIX = 'mlp-studio:tab-ledger:';

/**
 * Copies a tab's session to localStorage, so other tabs can judge its drafts once it is closed; failures are ignored
 * as for the session.
 */
export function writeTabLedger(storage: Storage | null, session: TabSession): void {
  try {
    storage?.setItem(TAB_LEDGER_PREFIX + session.id, JSON.stringify(session));
  } catch {
    // Without it a closed tab's draft is offered without saying whether it missed later edits.
  }
}

/** Every tab's ledger in localStorage, by tab id (damaged ones left out). */
export function readTabLedgers(storage: Storage | null): Map<string, TabSession> {
  const ledgers = new Map<string, TabSession>();
  try {
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (!key?.startsWith(TAB_LEDGER_PREFIX)) continue;
      const session = parseSession(storage.getItem(key));
      if (session && session.id === key.slice(TAB_LEDGER_PREFIX.length)) ledgers.set(session.id, session);
    }
  } catch {
    // A blocked storage has no ledgers.
  }
  return ledgers;
}

/** Forgets a tab's ledger. */
export function removeTabLedger(storage: Storage | null, id: string): void {
  try {
    storage?.removeItem(TAB_LEDGER_PREFIX + id);
  } catch {
    // Nothing to remove from a blocked storage.
  }
}
