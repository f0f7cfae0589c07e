import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProject } from '../../../src/project/index';
import { loadProjectFormat } from '../../app/project-format';
import { createAppStore } from '../../store/app-store';
import { DRAFT_DELAY_MS, describeDraftFailure, keepDrafts, type PageEvents } from './draft-writer';
import { createFakePlatform } from './fake-platform';

/** Page events a test fires by hand. */
function fakePage() {
  const listeners = new Map<string, Set<() => void>>();
  let hidden = false;
  const page: PageEvents & { fire(type: 'pagehide' | 'visibilitychange', hide?: boolean): void } = {
    addEventListener: (type, listener) => void listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
    hidden: () => hidden,
    fire(type, hide = true) {
      hidden = hide;
      for (const listener of listeners.get(type) ?? []) listener();
    },
  };
  return page;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a draft due before the project checks have arrived', () => {
  // First in this file: the checks are not loaded yet.
  it('is written at once, unchecked, when the page goes away before they arrive: the last edit is not lost', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const page = fakePage();
    const writer = keepDrafts(store, platform, () => {}, page);
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    page.fire('pagehide');
    await Promise.resolve();
    expect(platform.draft?.text).toContain('"dense-1"');
    // Also when its moment had come and the write was waiting for the checks as the page went.
    store.getState().addNodeAt('dropout', { x: 200, y: 2 });
    void writer.flush();
    expect(platform.draft?.text).not.toContain('"dropout-1"');
    page.fire('pagehide');
    await Promise.resolve();
    expect(platform.draft?.text).toContain('"dropout-1"');
    writer.stop();
  });

  it('is written as soon as they do, read back like any other', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const writer = keepDrafts(store, platform, () => {}, null);
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    const kept = writer.flush();
    expect(platform.draft).toBeNull();
    expect(await kept).toBe(true);
    expect(platform.draft?.text).toContain('"dense-1"');
    writer.stop();
  });
});

describe('draft writer', () => {
  // The page fetches the checks once it is idle after start-up, long before a person has edited and closed the tab.
  beforeAll(async () => {
    await loadProjectFormat();
  });
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a draft a moment after an edit, with the document it belongs to, and clears it once the work is saved', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const writer = keepDrafts(store, platform, () => {}, null);
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    expect(platform.draft).toBeNull();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(platform.draft?.name).toBe('Untitled.mlp');
    expect(platform.draft?.text).toContain('"dense-1"');
    expect(platform.draft?.documentId).toBe(store.getState().view.file.meta.created);

    store.getState().markSaved({ name: 'a.mlp' });
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(platform.draft).toBeNull();
    writer.stop();
  });

  it('writes at once when the page is hidden or goes away, so the last edit before closing is kept', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const page = fakePage();
    const writer = keepDrafts(store, platform, () => {}, page);
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    page.fire('visibilitychange', false);
    await Promise.resolve();
    expect(platform.draft).toBeNull();
    page.fire('pagehide');
    await Promise.resolve();
    expect(platform.draft?.text).toContain('"dense-1"');

    store.getState().addNodeAt('dropout', { x: 200, y: 2 });
    page.fire('visibilitychange');
    await Promise.resolve();
    expect(platform.draft?.text).toContain('"dropout-1"');
    writer.stop();
  });

  it('reports a write that fails, and reports it cleared once a write works again', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const reports: (string | null)[] = [];
    const writer = keepDrafts(store, platform, (problem) => reports.push(problem), null);
    platform.draftFailure = quotaError();
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    expect(await writer.flush()).toBe(false);
    expect(reports.at(-1)).toMatch(/storage .* is full/);
    expect(reports.at(-1)).toMatch(/save the project now/);

    platform.draftFailure = null;
    store.getState().addNodeAt('dropout', { x: 200, y: 2 });
    expect(await writer.flush()).toBe(true);
    expect(reports.at(-1)).toBeNull();
    writer.stop();
  });

  it('never writes a draft that would not open again, and says why', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const reports: (string | null)[] = [];
    const writer = keepDrafts(store, platform, (problem) => reports.push(problem), null);
    store.getState().setNotes('x'.repeat(200_001));
    expect(await writer.flush()).toBe(false);
    expect(platform.draft).toBeNull();
    expect(reports.at(-1)).toMatch(/would not open again: .*notes/);
    writer.stop();
  });

  it('names the reason of a failure that is not the quota', () => {
    expect(describeDraftFailure(new Error('database is closed'))).toContain('(database is closed)');
  });
});
