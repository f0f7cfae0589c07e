/**
 * Web drafts: one per tab and document in IndexedDB (through DraftStorage), each recording the
 * document it was taken from (its `meta.created`) and its revision. The tab's session
 * (sessionStorage, with a copy in localStorage that outlives the tab) remembers the newest revision
 * it tried to write, so a draft that missed later edits is read back as stale, and one the tab
 * saved or discarded since is removed rather than restored. Every other draft (of closed tabs, of other documents of
 * this tab, of an earlier
 * version) is listed for the app to offer; old ones go by age and count.
 */
import type { DraftStorage } from './draft-storage';
import type { Draft, PlatformDrafts } from './platform';
import {
  readTabLedgers,
  removeTabLedger,
  type TabLocks,
  type TabSession,
  writeTabLedger,
  writeTabSession,
} from './tab-identity';

/** The localStorage key of the one draft earlier versions kept. */
export const LEGACY_DRAFT_KEY = 'mlp-studio:draft';

/** Storage keys of drafts: this prefix, the tab's id, ':', the document id. */
export const DRAFT_KEY_PREFIX = 'draft:';

/** The pseudo tab that a draft carried over from an earlier version belongs to. */
const EARLIER_VERSION_TAB = 'earlier-version';

/** Drafts of closed tabs older than this are removed at start-up. */
export const MAX_DRAFT_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** At most this many drafts of closed tabs are kept (the newest); more are removed at start-up. */
export const MAX_CLOSED_TAB_DRAFTS = 20;

/**
 * How long a tab whose lock was let go may take to claim it again before its drafts count as a
 * closed tab's: a reloading tab lets go and its new page claims the lock once it has loaded.
 */
export const RELOAD_GRACE_MS = 3000;

/** A draft as stored: plain data, so IndexedDB can clone it. */
interface StoredDraft {
  format: 'mlp-draft';
  version: 1;
  tabId: string;
  documentId: string;
  name: string;
  text: string;
  savedAt: string;
  revision: number;
}

/** What the web drafts are built from; injected so tests run with a Map and fake locks. */
/** Where this tab keeps the draft being written until the database has it (sessionStorage). */
export const PENDING_DRAFT_KEY = 'mlp-studio:draft-pending';

function readPending(session: Storage | null): { key: string; record: unknown } | null {
  try {
    const value: unknown = JSON.parse(session?.getItem(PENDING_DRAFT_KEY) ?? 'null');
    return value && typeof value === 'object' && typeof (value as { key?: unknown }).key === 'string'
      ? (value as { key: string; record: unknown })
      : null;
  } catch {
    return null;
  }
}

/** Of two stored forms of one draft, the later revision (the database's when they are the same). */
function newerOf(stored: unknown, pending: unknown): unknown {
  if (pending === undefined) return stored;
  if (stored === undefined) return pending;
  const revision = (value: unknown) => {
    const r = (value as { revision?: unknown } | null)?.revision;
    return typeof r === 'number' ? r : -1;
  };
  return revision(pending) > revision(stored) ? pending : stored;
}

export interface WebDraftsOptions {
  storage: DraftStorage;
  /** This tab's session, once claimed (see claimTab). */
  session: Promise<TabSession>;
  /** Where the session is written back (sessionStorage). */
  sessionStorage: Storage | null;
  locks: TabLocks;
  /** Overrides RELOAD_GRACE_MS (tests). */
  graceMs?: number;
  /** localStorage: where earlier versions kept their draft, and the tabs' ledgers live. */
  local: Storage | null;
  now?: () => number;
}

/** The storage key of a tab's draft of one document (the id is cut to a sane length: it is only a key). */
export function draftKeyOf(tabId: string, documentId: string): string {
  return `${DRAFT_KEY_PREFIX}${tabId}:${documentId.slice(0, 64)}`;
}

const isDraftKey = (key: string) => key.startsWith(DRAFT_KEY_PREFIX);

const tabOfKey = (key: string) => key.slice(DRAFT_KEY_PREFIX.length).split(':', 1)[0];

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * Reads a stored value as a Draft without judging its project text; a damaged record still gives
 * a Draft (holding whatever text can be recovered), so the app can say so and offer it for
 * download instead of dropping it unseen.
 */
function decode(key: string, value: unknown, origin: Draft['origin']): Draft {
  const record =
    typeof value === 'object' && value !== null ? (value as Partial<Record<keyof StoredDraft, unknown>>) : {};
  return {
    id: key,
    name: text(record.name) || 'Untitled.mlp',
    text: typeof value === 'string' ? value : text(record.text, safeStringify(value)),
    // A browser cannot reopen a file by reference, so a web draft never carries a handle.
    handle: null,
    savedAt: text(record.savedAt),
    documentId: text(record.documentId),
    revision: Number.isSafeInteger(record.revision) ? (record.revision as number) : 0,
    origin,
  };
}

const timeOf = (draft: Draft) => {
  const time = Date.parse(draft.savedAt);
  return Number.isNaN(time) ? null : time;
};

/** Newest first; drafts with no readable time first of all, so they are seen rather than pruned. */
const newestFirst = (a: Draft, b: Draft) => (timeOf(b) ?? Infinity) - (timeOf(a) ?? Infinity);

/** Creates the web drafts over a storage and this tab's session. */
export function createWebDrafts(options: WebDraftsOptions): Required<PlatformDrafts> {
  const { storage, locks, local } = options;
  const now = options.now ?? Date.now;
  let prepared: Promise<TabSession> | null = null;

  /** The draft an earlier version left in localStorage, or null. */
  const legacyDraft = (): Draft | null => {
    let raw: string | null = null;
    try {
      raw = local?.getItem(LEGACY_DRAFT_KEY) ?? null;
    } catch {
      return null;
    }
    if (raw === null) return null;
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Kept as text: the app reports it as unreadable and offers it for download.
    }
    return decode(LEGACY_DRAFT_KEY, value, 'earlier-version');
  };

  /**
   * Moves an earlier version's localStorage draft into the store, deleting it only once copied; left in place, it is
   * offered from there.
   */
  const migrateLegacy = async () => {
    const old = legacyDraft();
    if (!old) return;
    const record: StoredDraft = {
      format: 'mlp-draft',
      version: 1,
      tabId: EARLIER_VERSION_TAB,
      documentId: '',
      name: old.name,
      text: old.text,
      savedAt: old.savedAt,
      revision: 0,
    };
    await storage.set(draftKeyOf(EARLIER_VERSION_TAB, ''), record);
    local?.removeItem(LEGACY_DRAFT_KEY);
  };

  /** Notes the tab's session where a reload (sessionStorage) and other tabs (localStorage) find it. */
  /**
   * A copy of the draft being written, in sessionStorage (written at once, kept by a reload) until the database has it:
   * a write started as the page reloads may land after the reloaded page has looked, or not at all. Too large for
   * sessionStorage, the database write alone keeps it.
   */
  const keepPending = (key: string, record: StoredDraft) => {
    try {
      options.sessionStorage?.setItem(PENDING_DRAFT_KEY, JSON.stringify({ key, record }));
    } catch {
      options.sessionStorage?.removeItem(PENDING_DRAFT_KEY);
    }
  };
  const dropPending = (key: string) => {
    const pending = readPending(options.sessionStorage);
    if (pending?.key === key) options.sessionStorage?.removeItem(PENDING_DRAFT_KEY);
  };
  /** The pending copy of `key`'s draft, if one was left; it is written to the database again if that lacks it. */
  const takePending = (key: string): unknown => {
    const pending = readPending(options.sessionStorage);
    if (pending?.key !== key) return undefined;
    void storage.set(key, pending.record).then(
      () => dropPending(key),
      () => undefined,
    );
    return pending.record;
  };

  const note = (session: TabSession) => {
    writeTabSession(options.sessionStorage, session);
    writeTabLedger(local, session);
  };

  /**
   * Every stored draft that is not this tab's current one and not another open tab's, decoded and
   * judged by its tab's ledger: `superseded` are the keys of drafts their tab saved or discarded
   * since (their delete never happened), which are no longer worth offering.
   */
  const othersOf = async (session: TabSession): Promise<{ drafts: Draft[]; superseded: string[] }> => {
    const open = await locks.openTabs();
    // Without Web Locks (a page served over plain http) another tab's draft may belong to an open tab.
    const elsewhere: Draft['origin'] = open ? 'closed-tab' : 'other-tab';
    const current = draftKeyOf(session.id, session.documentId);
    const ledgers = readTabLedgers(local);
    ledgers.set(session.id, session);
    const drafts: Draft[] = [];
    const superseded: string[] = [];
    for (const [key, value] of await storage.entries()) {
      const tab = tabOfKey(key);
      if (!isDraftKey(key) || key === current || (tab !== session.id && open?.has(tab))) continue;
      const draft = decode(
        key,
        value,
        tab === session.id ? 'this-tab' : tab === EARLIER_VERSION_TAB ? 'earlier-version' : elsewhere,
      );
      const ledger = ledgers.get(tab);
      const revision = draft.revision ?? 0;
      if (ledger?.cleared && ledger.documentId === draft.documentId && revision <= ledger.revision)
        superseded.push(key);
      // A later attempt by its tab (another document, or a write that failed) means the draft is not that tab's latest work.
      else drafts.push(ledger && revision < ledger.revision ? { ...draft, stale: true } : draft);
    }
    return { drafts, superseded };
  };

  /**
   * Removes superseded drafts, drafts of closed tabs past the age limit or beyond the newest
   * MAX_CLOSED_TAB_DRAFTS (by age alone where open tabs cannot be told apart), and the ledgers of
   * tabs left with no draft (a tab writes its ledger again before its next draft).
   */
  const prune = async (session: TabSession) => {
    const { drafts, superseded } = await othersOf(session);
    for (const key of superseded) await storage.del(key);
    const closed = drafts
      .filter((draft) => draft.origin === 'closed-tab' || draft.origin === 'other-tab')
      .sort(newestFirst);
    for (const [index, draft] of closed.entries()) {
      const time = timeOf(draft);
      // A draft with no readable time is kept: the app offers it, and the person decides.
      const surplus = index >= MAX_CLOSED_TAB_DRAFTS && draft.origin === 'closed-tab';
      if (time !== null && (now() - time > MAX_DRAFT_AGE_MS || surplus)) await storage.del(draft.id ?? '');
    }
    const withDrafts = new Set((await storage.entries()).map(([key]) => tabOfKey(key)));
    for (const id of readTabLedgers(local).keys())
      if (id !== session.id && !withDrafts.has(id)) removeTabLedger(local, id);
  };

  /** The session, after the one-time carry-over and clean-up (whose failures never stop drafts). */
  const ready = () =>
    (prepared ??= options.session.then(async (session) => {
      await migrateLegacy().catch(() => undefined);
      await prune(session).catch(() => undefined);
      return session;
    }));

  return {
    async get() {
      const session = await ready();
      const key = draftKeyOf(session.id, session.documentId);
      const value = newerOf(await storage.get(key), takePending(key));
      if (value === undefined) return null;
      const draft = decode(key, value, 'this-tab');
      const revision = draft.revision ?? 0;
      if (session.cleared && revision <= session.revision) {
        // Saved or discarded in this tab after the draft was taken: it holds nothing that is not kept elsewhere.
        await storage.del(key);
        return null;
      }
      return revision < session.revision ? { ...draft, stale: true } : draft;
    },
    async save(draft) {
      const session = await ready();
      // The attempt is noted before the write, so a write that fails leaves the older draft marked as stale.
      session.revision += 1;
      session.cleared = false;
      session.documentId = draft.documentId ?? '';
      note(session);
      const record: StoredDraft = {
        format: 'mlp-draft',
        version: 1,
        tabId: session.id,
        documentId: session.documentId,
        name: draft.name,
        text: draft.text,
        savedAt: draft.savedAt,
        revision: session.revision,
      };
      const key = draftKeyOf(session.id, session.documentId);
      keepPending(key, record);
      try {
        await storage.set(key, record);
      } finally {
        // Written, or refused (the older draft is then stale, as the session says): the copy has done its part.
        dropPending(key);
      }
    },
    async clear() {
      const session = await ready();
      session.cleared = true;
      note(session);
      dropPending(draftKeyOf(session.id, session.documentId));
      await storage.del(draftKeyOf(session.id, session.documentId));
    },
    async setAside() {
      const session = await ready();
      session.documentId = '';
      note(session);
    },
    async others() {
      const session = await ready();
      const old = legacyDraft();
      return [...(await othersOf(session)).drafts, ...(old ? [old] : [])].sort(newestFirst);
    },
    async remove(id) {
      await ready();
      if (id === LEGACY_DRAFT_KEY) local?.removeItem(LEGACY_DRAFT_KEY);
      else await storage.del(id);
    },
    watch(listener) {
      const stop = new AbortController();
      const watched = new Set<string>();
      const later = (run: () => void) =>
        setTimeout(() => stop.signal.aborted || run(), options.graceMs ?? RELOAD_GRACE_MS);
      // Waits on the lock of every open tab that has a draft; one that comes back (a reload) is watched again.
      const scan = async () => {
        const session = await ready();
        const open = await locks.openTabs();
        if (!open || stop.signal.aborted) return;
        for (const tab of new Set((await storage.keys()).filter(isDraftKey).map(tabOfKey))) {
          if (tab === session.id || !open.has(tab) || watched.has(tab)) continue;
          watched.add(tab);
          locks.whenFree(tab, stop.signal).then(
            () =>
              later(() => {
                watched.delete(tab);
                listener();
                void scan().catch(() => undefined);
              }),
            () => watched.delete(tab),
          );
        }
      };
      // The first look, once tabs that were reloading as this page started have claimed their locks again.
      later(listener);
      void scan().catch(() => undefined);
      return () => stop.abort();
    },
  };
}
