import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProject, createProject, serializeProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { DRAFT_DELAY_MS, keepDrafts, restoreDraft } from './drafts-autosave';
import { createFakePlatform } from './fake-platform';

describe('drafts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a draft a moment after an edit, and clears it once the work is saved', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const stop = keepDrafts(store, platform);
    store.getState().addNodeAt('dense', { x: 1, y: 2 });
    expect(platform.draft).toBeNull();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(platform.draft?.name).toBe('Untitled.mlp');
    expect(platform.draft?.text).toContain('"dense-1"');

    store.getState().markSaved({ name: 'a.mlp' });
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(platform.draft).toBeNull();
    stop();
  });

  it('restores a draft as unsaved work with a notice', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    const file = createProject();
    platform.draft = { name: 'net.mlp', text: serializeProject(file), handle: null, savedAt: '2026-01-02T03:04:05Z' };
    expect(await restoreDraft(store, platform)).toBe(true);
    expect(store.getState().document.graph).toEqual(file.graph);
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().view.toast?.message).toContain("'net.mlp'");
  });

  it('drops an unreadable draft quietly', async () => {
    const store = createAppStore(createEmptyProject());
    const platform = createFakePlatform();
    platform.draft = { name: 'bad.mlp', text: 'not json', handle: null, savedAt: '' };
    const before = store.getState().document;
    expect(await restoreDraft(store, platform)).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(platform.draft).toBeNull();
  });
});
