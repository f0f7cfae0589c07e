import { describe, expect, it } from 'vitest';
import { memoryDraftStorage } from './draft-storage';
import { createWebDrafts, draftKeyOf, LEGACY_DRAFT_KEY, MAX_CLOSED_TAB_DRAFTS, MAX_DRAFT_AGE_MS } from './drafts';
import type { Draft } from './platform';
import { claimTab, TAB_LEDGER_PREFIX, type TabLocks } from './tab-identity';
import { fakeTabLocks, memoryWebStorage } from './test-doubles';

const NOW = Date.parse('2026-12-07T12:00:00Z');

/** One browser: a shared draft storage, localStorage and locks; `tab` opens a page in a tab with its own sessionStorage. */
function browser(options: { failWrites?: () => boolean } = {}) {
  const storage = memoryDraftStorage(new Map(), options);
  const local = memoryWebStorage();
  const locks = fakeTabLocks();
  let ids = 0;
  const tab = (session = memoryWebStorage(), tabLocks: TabLocks = locks) => ({
    session,
    drafts: createWebDrafts({
      storage,
      session: claimTab(session, tabLocks, () => `${(++ids).toString(16).padStart(2, '0')}`),
      sessionStorage: session,
      locks: tabLocks,
      local,
      now: () => NOW,
      graceMs: 0,
    }),
  });
  /** Closes a tab's page (its lock goes) and reopens it in the same tab, as a reload does. */
  const reload = (page: ReturnType<typeof tab>) => {
    locks.held.clear();
    return tab(page.session);
  };
  return { storage, local, locks, tab, reload };
}

const draft = (
  name: string,
  text = `{"n":"${name}"}`,
  documentId = 'doc-1',
  savedAt = new Date(NOW).toISOString(),
): Draft => ({ name, text, handle: { path: 'ignored' }, savedAt, documentId });

describe('web drafts', () => {
  it('keeps one draft per tab: a reload finds its own, a second tab has its own', async () => {
    const b = browser();
    const one = b.tab();
    const two = b.tab();
    await one.drafts.save(draft('one.mlp'));
    await two.drafts.save(draft('two.mlp'));
    expect((await one.drafts.get())?.name).toBe('one.mlp');
    expect((await two.drafts.get())?.name).toBe('two.mlp');
    const reloaded = b.reload(one);
    expect(await reloaded.drafts.get()).toMatchObject({
      name: 'one.mlp',
      handle: null,
      origin: 'this-tab',
      documentId: 'doc-1',
    });
    expect((await reloaded.drafts.get())?.stale).toBeUndefined();
  });

  it("brings back a draft whose database write had not landed when the page reloaded, from the tab's own copy", async () => {
    const b = browser();
    const page = b.tab();
    await page.drafts.save(draft('a.mlp', 'first'));
    // The page goes while its second write is still on its way to the database, which never receives it.
    const set = b.storage.set;
    b.storage.set = () => new Promise<void>(() => undefined);
    void page.drafts.save(draft('a.mlp', 'just before the reload'));
    await Promise.resolve();
    await Promise.resolve();
    b.storage.set = set;
    expect(b.storage.map.get(draftKeyOf('01', 'doc-1'))).toMatchObject({ text: 'first' });
    const reloaded = b.reload(page);
    expect(await reloaded.drafts.get()).toMatchObject({ text: 'just before the reload', origin: 'this-tab' });
    expect((await reloaded.drafts.get())?.stale).toBeUndefined();
    // And the database has it now, so the next reload finds it there.
    await Promise.resolve();
    expect(b.storage.map.get(draftKeyOf('01', 'doc-1'))).toMatchObject({ text: 'just before the reload' });
  });

  it('reads a draft back as stale when a later write failed', async () => {
    let full = false;
    const b = browser({ failWrites: () => full });
    const page = b.tab();
    await page.drafts.save(draft('a.mlp', 'first'));
    full = true;
    await expect(page.drafts.save(draft('a.mlp', 'second'))).rejects.toThrow(/quota/i);
    const reloaded = b.reload(page);
    expect(await reloaded.drafts.get()).toMatchObject({ text: 'first', stale: true });
  });

  it('drops a draft the tab saved or discarded after it was taken, even when its delete never happened', async () => {
    const b = browser();
    const page = b.tab();
    await page.drafts.save(draft('a.mlp', 'edited'));
    const kept = b.storage.map.get(draftKeyOf('01', 'doc-1'));
    await page.drafts.clear();
    // As if the page closed before the delete reached the database.
    b.storage.map.set(draftKeyOf('01', 'doc-1'), kept);
    expect(await b.reload(page).drafts.get()).toBeNull();
    expect(b.storage.map.size).toBe(0);
  });

  it("lists closed tabs' drafts (not open ones'), and another document of this tab as stale, newest first", async () => {
    const b = browser();
    const closed = b.tab();
    await closed.drafts.save(draft('old.mlp', 'x', 'doc-a', '2026-12-07T10:00:00Z'));
    const open = b.tab();
    await open.drafts.save(draft('open.mlp'));
    b.locks.held.delete('01');
    const page = b.tab();
    await page.drafts.save(draft('first.mlp', 'y', 'doc-b', '2026-12-07T11:00:00Z'));
    await page.drafts.save(draft('second.mlp', 'z', 'doc-c'));
    const others = await page.drafts.others();
    expect(others.map((d) => [d.name, d.origin, d.stale ?? false])).toEqual([
      ['first.mlp', 'this-tab', true],
      ['old.mlp', 'closed-tab', false],
    ]);
    await page.drafts.remove(others[1].id ?? '');
    expect((await page.drafts.others()).map((d) => d.name)).toEqual(['first.mlp']);
  });

  it("judges a closed tab's draft by that tab's ledger: stale after a failed write, removed after a save", async () => {
    let full = false;
    const b = browser({ failWrites: () => full });
    const failed = b.tab();
    await failed.drafts.save(draft('failed.mlp', 'first', 'doc-f'));
    full = true;
    await expect(failed.drafts.save(draft('failed.mlp', 'second', 'doc-f'))).rejects.toThrow();
    full = false;
    const saved = b.tab();
    await saved.drafts.save(draft('saved.mlp', 'edited', 'doc-s'));
    const kept = b.storage.map.get(draftKeyOf('02', 'doc-s'));
    await saved.drafts.clear();
    b.storage.map.set(draftKeyOf('02', 'doc-s'), kept);
    const clean = b.tab();
    await clean.drafts.save(draft('clean.mlp', 'x', 'doc-c'));
    await clean.drafts.clear();
    expect([...b.local.map.keys()].filter((k) => k.startsWith(TAB_LEDGER_PREFIX))).toHaveLength(3);

    b.locks.held.clear();
    const others = await b.tab().drafts.others();
    expect(others.map((d) => [d.name, d.text, d.stale ?? false])).toEqual([['failed.mlp', 'first', true]]);
    expect(b.storage.map.has(draftKeyOf('02', 'doc-s'))).toBe(false);
    // Only the ledger of the tab that still has a draft is left.
    expect([...b.local.map.keys()].filter((k) => k.startsWith(TAB_LEDGER_PREFIX)).sort()).toEqual([
      `${TAB_LEDGER_PREFIX}01`,
    ]);
  });

  it('tells when another tab that holds a draft closes, watching a reloading tab again, until stopped', async () => {
    const b = browser();
    const other = b.tab();
    await other.drafts.save(draft('other.mlp'));
    const page = b.tab();
    expect(await page.drafts.others()).toEqual([]);
    let heard = 0;
    const stop = page.drafts.watch(() => (heard += 1));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
    await settle();
    // The first look, a moment after start.
    expect(heard).toBe(1);

    // A reload: the old page lets go and the new one takes the lock back at once.
    b.locks.close('01');
    b.locks.held.add('01');
    await settle();
    expect(heard).toBe(2);
    expect(await page.drafts.others()).toEqual([]);

    // A third tab opened meanwhile is watched from the next look on.
    const third = b.tab();
    await third.drafts.save(draft('third.mlp'));
    b.locks.close('01');
    await settle();
    expect(heard).toBe(3);
    expect((await page.drafts.others()).map((d) => [d.name, d.origin])).toEqual([['other.mlp', 'closed-tab']]);

    stop();
    b.locks.close('03');
    await settle();
    expect(heard).toBe(3);
  });

  it("marks other tabs' drafts as possibly open where the browser has no Web Locks, and prunes them by age only", async () => {
    const b = browser();
    const noLocks: TabLocks = {
      claim: async () => true,
      openTabs: async () => null,
      whenFree: () => new Promise<void>(() => {}),
    };
    const record = (tab: string, savedAt: string) => ({
      format: 'mlp-draft',
      version: 1,
      tabId: tab,
      documentId: 'd',
      name: `${tab}.mlp`,
      text: '{}',
      savedAt,
      revision: 1,
    });
    b.storage.map.set(draftKeyOf('old', 'd'), record('old', new Date(NOW - MAX_DRAFT_AGE_MS - 1000).toISOString()));
    for (let i = 0; i < MAX_CLOSED_TAB_DRAFTS + 2; i += 1)
      b.storage.map.set(draftKeyOf(`t${i}`, 'd'), record(`t${i}`, new Date(NOW - i * 60_000).toISOString()));
    const others = await b.tab(memoryWebStorage(), noLocks).drafts.others();
    expect(others).toHaveLength(MAX_CLOSED_TAB_DRAFTS + 2);
    expect(new Set(others.map((d) => d.origin))).toEqual(new Set(['other-tab']));
  });

  it('removes drafts of closed tabs past the age or count limit at start-up, but keeps ones with no readable time', async () => {
    const b = browser();
    const record = (tab: string, savedAt: string) => ({
      format: 'mlp-draft',
      version: 1,
      tabId: tab,
      documentId: 'd',
      name: `${tab}.mlp`,
      text: '{}',
      savedAt,
      revision: 1,
    });
    b.storage.map.set(draftKeyOf('old', 'd'), record('old', new Date(NOW - MAX_DRAFT_AGE_MS - 1000).toISOString()));
    b.storage.map.set(draftKeyOf('undated', 'd'), record('undated', 'yesterday'));
    for (let i = 0; i < MAX_CLOSED_TAB_DRAFTS + 2; i += 1)
      b.storage.map.set(draftKeyOf(`t${i}`, 'd'), record(`t${i}`, new Date(NOW - i * 60_000).toISOString()));
    const names = (await b.tab().drafts.others()).map((d) => d.name);
    // The undated one counts towards the limit, so the newest MAX - 1 dated ones stay with it.
    expect(names).toEqual(['undated.mlp', ...Array.from({ length: MAX_CLOSED_TAB_DRAFTS - 1 }, (_, i) => `t${i}.mlp`)]);
    expect(b.storage.map.has(draftKeyOf('old', 'd'))).toBe(false);
  });

  it("carries an earlier version's localStorage draft over once, and offers it from localStorage when the copy fails", async () => {
    const b = browser();
    b.local.setItem(
      LEGACY_DRAFT_KEY,
      JSON.stringify({ name: 'legacy.mlp', text: '{"a":1}', savedAt: '2026-12-01T00:00:00Z' }),
    );
    const others = await b.tab().drafts.others();
    expect(others).toMatchObject([{ name: 'legacy.mlp', text: '{"a":1}', origin: 'earlier-version' }]);
    expect(b.local.getItem(LEGACY_DRAFT_KEY)).toBeNull();

    const full = browser({ failWrites: () => true });
    full.local.setItem(LEGACY_DRAFT_KEY, 'not json');
    const page = full.tab();
    const [offered] = await page.drafts.others();
    expect(offered).toMatchObject({ id: LEGACY_DRAFT_KEY, text: 'not json', origin: 'earlier-version' });
    await page.drafts.remove(LEGACY_DRAFT_KEY);
    expect(full.local.getItem(LEGACY_DRAFT_KEY)).toBeNull();
  });

  it('turns a damaged record into a draft holding what can be recovered, never dropping it', async () => {
    const b = browser();
    b.storage.map.set(draftKeyOf('gone', 'd'), { text: 42, name: ['x'] });
    b.storage.map.set(draftKeyOf('text', 'd'), 'raw project text');
    const others = await b.tab().drafts.others();
    expect(others.map((d) => [d.name, d.text])).toEqual(
      expect.arrayContaining([
        ['Untitled.mlp', '{"text":42,"name":["x"]}'],
        ['Untitled.mlp', 'raw project text'],
      ]),
    );
  });
});
