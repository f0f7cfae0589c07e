import { describe, expect, it } from 'vitest';
import {
  claimTab,
  readTabLedgers,
  readTabSession,
  removeTabLedger,
  TAB_LEDGER_PREFIX,
  TAB_SESSION_KEY,
  writeTabLedger,
  writeTabSession,
} from './tab-identity';
import { fakeTabLocks, memoryWebStorage } from './test-doubles';

describe('tab identity', () => {
  it('keeps its id across a reload of the tab, and starts a new one in a fresh tab', async () => {
    const locks = fakeTabLocks();
    const session = memoryWebStorage();
    const first = await claimTab(session, locks, () => 'aa');
    expect(first).toEqual({ id: 'aa', documentId: '', revision: 0, cleared: false });
    // The reloaded page finds the id once the old page has let go of its lock.
    locks.held.delete('aa');
    expect((await claimTab(session, locks, () => 'bb')).id).toBe('aa');
    expect((await claimTab(memoryWebStorage(), locks, () => 'cc')).id).toBe('cc');
  });

  it('takes a new id when a duplicated tab copied the id of a page that is still open', async () => {
    const locks = fakeTabLocks(new Set(['aa']));
    const copied = memoryWebStorage();
    writeTabSession(copied, { id: 'aa', documentId: 'd', revision: 7, cleared: false });
    const session = await claimTab(copied, locks, () => 'bb');
    expect(session).toEqual({ id: 'bb', documentId: '', revision: 0, cleared: false });
    expect(readTabSession(copied)?.id).toBe('bb');
  });

  it('reads a damaged session as none', () => {
    const storage = memoryWebStorage();
    for (const bad of [
      'not json',
      '3',
      '{"id":"zz!","revision":1,"cleared":false}',
      '{"id":"aa","revision":1.5,"cleared":false}',
    ]) {
      storage.setItem(TAB_SESSION_KEY, bad);
      expect(readTabSession(storage)).toBeNull();
    }
    expect(readTabSession(null)).toBeNull();
  });

  it('keeps a ledger per tab in localStorage, reading back only sound ones under their own id', () => {
    const local = memoryWebStorage();
    writeTabLedger(local, { id: 'aa', documentId: 'd', revision: 2, cleared: true });
    local.setItem(`${TAB_LEDGER_PREFIX}bb`, JSON.stringify({ id: 'cc', documentId: '', revision: 1, cleared: false }));
    local.setItem(`${TAB_LEDGER_PREFIX}dd`, 'not json');
    expect([...readTabLedgers(local)]).toEqual([['aa', { id: 'aa', documentId: 'd', revision: 2, cleared: true }]]);
    removeTabLedger(local, 'aa');
    expect(readTabLedgers(local).size).toBe(0);
  });
});
