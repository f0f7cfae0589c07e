import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, localStorageDrafts } from './drafts';

function memoryStorage(failWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('localStorage drafts', () => {
  it('saves, reads back (without a handle) and clears a draft', async () => {
    const storage = memoryStorage();
    const drafts = localStorageDrafts(storage);
    await drafts.save({ name: 'a.mlp', text: '{}', handle: { secret: 1 }, savedAt: '2026-01-01T00:00:00Z' });
    expect(await drafts.get()).toEqual({ name: 'a.mlp', text: '{}', handle: null, savedAt: '2026-01-01T00:00:00Z' });
    await drafts.clear();
    expect(await drafts.get()).toBeNull();
  });

  it('ignores malformed stored drafts and survives a full storage', async () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{"name": 3}');
    expect(await localStorageDrafts(storage).get()).toBeNull();
    storage.setItem(DRAFT_KEY, 'not json');
    expect(await localStorageDrafts(storage).get()).toBeNull();
    await expect(localStorageDrafts(memoryStorage(true)).save({ name: 'a', text: 'b', handle: null, savedAt: 'c' })).resolves.toBeUndefined();
  });
});
