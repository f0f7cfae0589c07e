import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecentPath, loadRecentFiles, MAX_RECENT_FILES, removeRecentPath, samePath } from './recent-files';

describe('addRecentPath', () => {
  it('puts the newest first and moves a reopened file to the front instead of duplicating it', () => {
    const list = ['/p/a.mlp', '/p/b.mlp', '/p/c.mlp'];
    expect(addRecentPath(list, '/p/d.mlp', 'linux')).toEqual(['/p/d.mlp', '/p/a.mlp', '/p/b.mlp', '/p/c.mlp']);
    expect(addRecentPath(list, '/p/b.mlp', 'linux')).toEqual(['/p/b.mlp', '/p/a.mlp', '/p/c.mlp']);
    expect(addRecentPath(list, '/p/./x/../c.mlp', 'linux')).toEqual(['/p/./x/../c.mlp', '/p/a.mlp', '/p/b.mlp']);
  });

  it('keeps at most ten entries, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = addRecentPath(list, `/p/${i}.mlp`, 'linux');
    expect(MAX_RECENT_FILES).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/p/14.mlp');
    expect(list[9]).toBe('/p/5.mlp');
  });

  it('treats case as significant on Linux only', () => {
    expect(addRecentPath(['/p/Net.mlp'], '/p/net.mlp', 'linux')).toHaveLength(2);
    expect(addRecentPath(['/p/Net.mlp'], '/p/net.mlp', 'darwin')).toEqual(['/p/net.mlp']);
    expect(samePath('C:\\Work\\Net.mlp', 'c:\\work\\net.mlp', 'win32')).toBe(true);
    expect(removeRecentPath(['/p/a.mlp', '/p/b.mlp'], '/p/a.mlp', 'linux')).toEqual(['/p/b.mlp']);
  });
});

describe('loadRecentFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-recent-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('persists additions and removals and reads them back', async () => {
    const file = path.join(dir, 'nested', 'recent-files.json');
    const store = await loadRecentFiles(file, 'linux');
    await store.add('/p/a.mlp');
    await store.add('/p/b.mlp');
    await store.add('/p/a.mlp');
    expect(store.list()).toEqual([
      { path: '/p/a.mlp', name: 'a.mlp' },
      { path: '/p/b.mlp', name: 'b.mlp' },
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, paths: ['/p/a.mlp', '/p/b.mlp'] });
    await store.remove('/p/a.mlp');
    expect((await loadRecentFiles(file, 'linux')).list().map((r) => r.path)).toEqual(['/p/b.mlp']);
    expect(store.has('/p/b.mlp')).toBe(true);
    expect(store.has('/p/a.mlp')).toBe(false);
    await store.clear();
    expect((await loadRecentFiles(file, 'linux')).list()).toEqual([]);
  });

  it('starts empty from a damaged or foreign list file', async () => {
    const file = path.join(dir, 'bad.json');
    for (const text of ['{not json', '[]', '{"version":2,"paths":[]}', '{"version":1,"paths":[42]}']) {
      writeFileSync(file, text);
      expect((await loadRecentFiles(file, 'linux')).list(), text).toEqual([]);
    }
  });

  it('drops relative paths, duplicates and entries past the cap from a hand-edited file', async () => {
    const file = path.join(dir, 'edited.json');
    const paths = ['relative.mlp', '/p/a.mlp', '/p/a.mlp', ...Array.from({ length: 12 }, (_, i) => `/q/${i}.mlp`)];
    writeFileSync(file, JSON.stringify({ version: 1, paths }));
    const list = (await loadRecentFiles(file, 'linux')).list().map((r) => r.path);
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3)).toEqual(['/p/a.mlp', '/q/0.mlp', '/q/1.mlp']);
  });
});
