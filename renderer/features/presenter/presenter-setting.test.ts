import { describe, expect, it } from 'vitest';
import { isPresenterView, PRESENTER_KEY, setPresenterView } from './presenter-setting';

/** A Map behind the two Storage methods the setting uses. */
function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('the presenter view setting', () => {
  it('is off on a machine that never switched it, and remembers each switch', () => {
    const storage = memoryStorage();
    expect(isPresenterView(storage)).toBe(false);
    setPresenterView(true, storage);
    expect(storage.map.get(PRESENTER_KEY)).toBe('on');
    expect(isPresenterView(storage)).toBe(true);
    setPresenterView(false, storage);
    expect(isPresenterView(storage)).toBe(false);
  });

  it('reads blocked or missing storage as off and survives a storage that throws on write', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(isPresenterView(throwing)).toBe(false);
    expect(isPresenterView(null)).toBe(false);
    expect(() => setPresenterView(true, throwing)).not.toThrow();
  });
});
