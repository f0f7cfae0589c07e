import { describe, expect, it } from 'vitest';
import {
  localStorageRecentNames,
  MAX_RECENT_NAMES,
  RECENT_NAMES_KEY,
  readRecentNames,
  withRecentName,
} from './recent-names';

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

const file = (name: string) => ({ name, text: '{}', handle: null });

describe('web recent project names', () => {
  it('puts the latest first, moves a reopened name to the front and keeps a bounded list', () => {
    expect(withRecentName(['b.mlp', 'a.mlp'], 'a.mlp')).toEqual(['a.mlp', 'b.mlp']);
    const many = Array.from({ length: 10 }, (_, i) => `p${i}.mlp`).reduce<string[]>(
      (names, n) => withRecentName(names, n),
      [],
    );
    expect(many).toHaveLength(MAX_RECENT_NAMES);
    expect(many[0]).toBe('p9.mlp');
  });

  it('remembers opened files across instances, without paths, and cannot reopen them by itself', async () => {
    const storage = memoryStorage();
    localStorageRecentNames(storage).remember(file('moons.mlp'));
    localStorageRecentNames(storage).remember(file('deep.mlp'));
    const recent = localStorageRecentNames(storage);
    expect(await recent.list()).toEqual([
      { name: 'deep.mlp', path: null },
      { name: 'moons.mlp', path: null },
    ]);
    expect(await recent.open({ name: 'deep.mlp', path: null })).toBeNull();
  });

  it('ignores a damaged or hostile stored list and survives a full storage', async () => {
    const storage = memoryStorage();
    for (const junk of ['not json', '{"a":1}', JSON.stringify([1, null, '', 'x'.repeat(300), 'ok.mlp'])]) {
      storage.setItem(RECENT_NAMES_KEY, junk);
      expect(readRecentNames(storage)).toEqual(junk.includes('ok.mlp') ? ['ok.mlp'] : []);
    }
    expect(() => localStorageRecentNames(memoryStorage(true)).remember(file('a.mlp'))).not.toThrow();
  });
});
