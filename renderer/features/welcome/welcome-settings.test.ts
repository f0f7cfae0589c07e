import { describe, expect, it } from 'vitest';
import {
  readWelcomeSettings,
  shouldShowWelcomeAtStart,
  WELCOME_SETTINGS_KEY,
  writeWelcomeSettings,
} from './welcome-settings';

function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const person = { webdriver: false, search: '' };
const robot = { webdriver: true, search: '' };

describe('welcome at start', () => {
  it('opens on the first start and not after it was closed, unless asked to open at every start', () => {
    const storage = memoryStorage();
    expect(shouldShowWelcomeAtStart(readWelcomeSettings(storage), person)).toBe(true);
    writeWelcomeSettings(storage, { seen: true, showAtStart: false });
    expect(shouldShowWelcomeAtStart(readWelcomeSettings(storage), person)).toBe(false);
    writeWelcomeSettings(storage, { seen: true, showAtStart: true });
    expect(shouldShowWelcomeAtStart(readWelcomeSettings(storage), person)).toBe(true);
  });

  it('stays away in an automated browser unless the URL asks with ?welcome=1; ?welcome=0 keeps it away for a person', () => {
    const first = readWelcomeSettings(memoryStorage());
    expect(shouldShowWelcomeAtStart(first, robot)).toBe(false);
    expect(shouldShowWelcomeAtStart(first, { webdriver: true, search: '?welcome=1' })).toBe(true);
    expect(shouldShowWelcomeAtStart(first, { webdriver: false, search: '?x=2&welcome=0' })).toBe(false);
  });

  it('reads damaged or missing storage as a first start', () => {
    const storage = memoryStorage();
    for (const junk of ['not json', '[]', '"x"', '{"seen":"yes","showAtStart":1}']) {
      storage.setItem(WELCOME_SETTINGS_KEY, junk);
      expect(readWelcomeSettings(storage)).toEqual({ seen: false, showAtStart: false });
    }
    expect(readWelcomeSettings(null)).toEqual({ seen: false, showAtStart: false });
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readWelcomeSettings(blocked)).toEqual({ seen: false, showAtStart: false });
  });
});
