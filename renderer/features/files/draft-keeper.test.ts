import { describe, expect, it, vi } from 'vitest';
import { createEmptyProject, createProject, serializeProject } from '../../../src/project/index';
import { MAX_FILE_BYTES } from '../../../src/project/limits';
import { memoryDraftStorage } from '../../bridge/draft-storage';
import { createWebDrafts, draftKeyOf } from '../../bridge/drafts';
import type { ExportFile } from '../../bridge/platform';
import { claimTab, type TabLocks, writeTabSession } from '../../bridge/tab-identity';
import { fakeTabLocks, memoryWebStorage } from '../../bridge/test-doubles';
import { createAppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { createDraftKeeper, draftFileName } from './draft-keeper';
import { DRAFT_DELAY_MS } from './draft-writer';
import { createFakePlatform } from './fake-platform';

const projectText = (title: string) => serializeProject(createProject({ meta: { title } }));

/** A stored draft record as the web drafts write it. */
const record = (tabId: string, name: string, text: string, revision = 1, savedAt = '2026-12-07T10:00:00Z') => ({
  format: 'mlp-draft',
  version: 1,
  tabId,
  documentId: 'doc',
  name,
  text,
  savedAt,
  revision,
});

/** A page of the app over a browser's draft storage, in a tab whose session says `session`. */
function page(storage = memoryDraftStorage(), session = memoryWebStorage(), locks: TabLocks = fakeTabLocks()) {
  const store = createAppStore(createEmptyProject());
  const platform = createFakePlatform();
  platform.drafts = createWebDrafts({
    storage,
    session: claimTab(session, locks, () => 'new0'),
    sessionStorage: session,
    locks,
    local: null,
    graceMs: 0,
  });
  const exported: ExportFile[] = [];
  platform.exportFiles = async (files) => {
    exported.push(...files);
    return { names: files.map((f) => f.name) };
  };
  const keeper = createDraftKeeper(store, platform);
  return { store, platform, keeper, storage, exported };
}

/** A tab session ("aa", at `revision`) holding document 'doc'. */
function tabSession(revision: number, cleared = false) {
  const session = memoryWebStorage();
  writeTabSession(session, { id: 'aa', documentId: 'doc', revision, cleared });
  return session;
}

/** Answers the next confirmation dialog. */
async function answer(app: ReturnType<typeof page>, yes: boolean) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(app.store.getState().view.confirmation).not.toBeNull();
  app.store.getState().answerConfirmation(yes);
}

describe('draft keeper', () => {
  it("restores the tab's own fresh draft as unsaved changes", async () => {
    const storage = memoryDraftStorage();
    storage.map.set(draftKeyOf('aa', 'doc'), record('aa', 'net.mlp', projectText('Mine'), 3));
    const app = page(storage, tabSession(3));
    await app.keeper.start(null);
    expect(app.store.getState().view.file.meta.title).toBe('Mine');
    expect(isDirty(app.store.getState())).toBe(true);
    expect(app.store.getState().view.toast?.message).toContain("Restored your unsaved changes to 'net.mlp'");
    expect(app.keeper.getStatus().offers).toEqual([]);
    app.keeper.stop();
  });

  it('never restores an older draft as "your unsaved changes" when later edits could not be stored: it offers it', async () => {
    const storage = memoryDraftStorage();
    storage.map.set(draftKeyOf('aa', 'doc'), record('aa', 'net.mlp', projectText('Older'), 2));
    const app = page(storage, tabSession(5));
    await app.keeper.start(null);
    expect(app.store.getState().view.file.meta.title).not.toBe('Older');
    expect(app.store.getState().view.toast).toBeNull();
    const [offer] = app.keeper.getStatus().offers;
    expect(offer.reason).toBe('stale');
    // The clean work now shown clears "its" draft (as after a save): the offered one is set aside and stays.
    await app.platform.drafts.clear();
    expect(storage.map.has(draftKeyOf('aa', 'doc'))).toBe(true);

    await app.keeper.restore(0);
    expect(app.store.getState().view.file.meta.title).toBe('Older');
    expect(isDirty(app.store.getState())).toBe(true);
    expect(app.keeper.getStatus().offers).toEqual([]);
    app.keeper.stop();
  });

  it('offers a draft that will not open (and never deletes it unseen): download keeps its text, discard asks first', async () => {
    const storage = memoryDraftStorage();
    const tooLong = serializeProject({ ...createProject(), notes: 'x'.repeat(200_001) });
    storage.map.set(draftKeyOf('aa', 'doc'), record('aa', 'big.mlp', tooLong, 1));
    const app = page(storage, tabSession(1));
    await app.keeper.start(null);
    const [offer] = app.keeper.getStatus().offers;
    expect(offer.reason).toBe('unreadable');
    expect(offer.error).toMatch(/notes/);
    expect(storage.map.has(draftKeyOf('aa', 'doc'))).toBe(true);

    await app.keeper.download(0);
    expect(app.exported).toEqual([{ name: 'big (draft).mlp', data: tooLong, type: 'application/json' }]);

    const declined = app.keeper.discard(0);
    await answer(app, false);
    await declined;
    expect(storage.map.has(draftKeyOf('aa', 'doc'))).toBe(true);
    const accepted = app.keeper.discard(0);
    await answer(app, true);
    await accepted;
    expect(storage.map.has(draftKeyOf('aa', 'doc'))).toBe(false);
    expect(app.keeper.getStatus().offers).toEqual([]);
    app.keeper.stop();
  });

  it("offers closed tabs' drafts instead of picking one; restoring one moves it into this tab", async () => {
    const storage = memoryDraftStorage();
    storage.map.set(
      draftKeyOf('b1', 'doc'),
      record('b1', 'first.mlp', projectText('First'), 1, '2026-12-07T09:00:00Z'),
    );
    storage.map.set(
      draftKeyOf('b2', 'doc'),
      record('b2', 'second.mlp', projectText('Second'), 1, '2026-12-07T11:00:00Z'),
    );
    const app = page(storage);
    await app.keeper.start(null);
    expect(app.store.getState().view.toast).toBeNull();
    expect(app.keeper.getStatus().othersChecked).toBe(false);
    // Offered once the page has looked whether those tabs were only reloading.
    await vi.waitFor(() =>
      expect(app.keeper.getStatus().offers.map((o) => [o.draft.name, o.reason])).toEqual([
        ['second.mlp', 'closed-tab'],
        ['first.mlp', 'closed-tab'],
      ]),
    );

    await app.keeper.restore(1);
    expect(app.store.getState().view.file.name).toBe('first.mlp');
    expect(storage.map.has(draftKeyOf('b1', 'doc'))).toBe(false);
    const own = [...storage.map.entries()].filter(([key]) => key.startsWith(draftKeyOf('new0', '')));
    expect(own.map(([, value]) => (value as { name: string }).name)).toEqual(['first.mlp']);
    expect(app.keeper.getStatus().offers.map((o) => o.draft.name)).toEqual(['second.mlp']);
    app.keeper.stop();
  });

  it('copies, and keeps, a draft of another tab that may still be open (no Web Locks to tell)', async () => {
    const storage = memoryDraftStorage();
    storage.map.set(draftKeyOf('b1', 'doc'), record('b1', 'shared.mlp', projectText('Shared')));
    const app = page(storage, memoryWebStorage(), {
      claim: async () => true,
      openTabs: async () => null,
      whenFree: () => new Promise<void>(() => {}),
    });
    await app.keeper.start(null);
    expect(app.keeper.getStatus().offers.map((o) => o.reason)).toEqual(['other-tab']);
    await app.keeper.restore(0);
    expect(app.store.getState().view.file.meta.title).toBe('Shared');
    expect(storage.map.has(draftKeyOf('b1', 'doc'))).toBe(true);
    app.keeper.stop();
  });

  it('offers the draft of a tab that closes while this page runs (or a moment after it started)', async () => {
    const storage = memoryDraftStorage();
    storage.map.set(draftKeyOf('b1', 'doc'), record('b1', 'late.mlp', projectText('Late')));
    const locks = fakeTabLocks(new Set(['b1']));
    const app = page(storage, memoryWebStorage(), locks);
    await app.keeper.start(null);
    expect(app.keeper.getStatus().offers).toEqual([]);
    locks.close('b1');
    await vi.waitFor(() =>
      expect(app.keeper.getStatus().offers.map((o) => [o.draft.name, o.reason])).toEqual([['late.mlp', 'closed-tab']]),
    );
    app.keeper.stop();
  });

  it('turns an offer that fails to parse on Restore into one that says why, and keeps it', async () => {
    const storage = memoryDraftStorage();
    storage.map.set(draftKeyOf('b1', 'doc'), record('b1', 'broken.mlp', '{"format": "mlp-project"'));
    const app = page(storage);
    await app.keeper.start(null);
    await vi.waitFor(() => expect(app.keeper.getStatus().offers).toHaveLength(1));
    await app.keeper.restore(0);
    const [offer] = app.keeper.getStatus().offers;
    expect(offer.reason).toBe('unreadable');
    expect(offer.error).not.toBeNull();
    expect(storage.map.has(draftKeyOf('b1', 'doc'))).toBe(true);
    expect(draftFileName('  ')).toBe('Untitled (draft).mlp');
    app.keeper.stop();
  });

  it('keeps a draft too large for the format, says so at start-up and offers it for download', async () => {
    const storage = memoryDraftStorage();
    const huge = 'x'.repeat(MAX_FILE_BYTES + 1);
    storage.map.set(draftKeyOf('aa', 'doc'), record('aa', 'csv.mlp', huge, 1));
    const app = page(storage, tabSession(1));
    await app.keeper.start(null);
    const [offer] = app.keeper.getStatus().offers;
    expect(offer).toMatchObject({ reason: 'unreadable' });
    expect(offer.error).toMatch(/at most 50 MB/);
    expect(storage.map.has(draftKeyOf('aa', 'doc'))).toBe(true);
    await app.keeper.download(0);
    expect(app.exported[0].data).toHaveLength(MAX_FILE_BYTES + 1);
    app.keeper.stop();
  });

  it('shows a write problem until a write works again', async () => {
    vi.useFakeTimers();
    try {
      let full = true;
      const app = page(memoryDraftStorage(new Map(), { failWrites: () => full }));
      await app.keeper.start(null);
      let heard = 0;
      app.keeper.subscribe(() => (heard += 1));
      app.store.getState().addNodeAt('dense', { x: 1, y: 1 });
      await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
      expect(app.keeper.getStatus().problem).toMatch(/QuotaExceededError/);
      expect(heard).toBeGreaterThan(0);

      full = false;
      app.store.getState().addNodeAt('dropout', { x: 200, y: 1 });
      await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
      expect(app.keeper.getStatus().problem).toBeNull();
      app.keeper.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
