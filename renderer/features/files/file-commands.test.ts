import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject, parseProject, serializeProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { createFakePlatform } from './fake-platform';
import { createFileCommands } from './file-commands';

const saved = createProject({ meta: { title: 'Saved net' } });
const savedText = serializeProject(saved);

function setup(asksBeforeDiscarding = false) {
  const store = createAppStore(createEmptyProject());
  const platform = createFakePlatform(asksBeforeDiscarding);
  return { store, platform, files: createFileCommands(store, platform) };
}

describe('file commands', () => {
  it('opens a valid file, remembering its name and handle, clean', async () => {
    const { store, platform, files } = setup();
    platform.nextOpen = { name: 'net.mlp', text: savedText, handle: 'H' };
    await files.open();
    const s = store.getState();
    expect(s.document.graph).toEqual(saved.graph);
    expect(s.view.file.name).toBe('net.mlp');
    expect(s.view.file.handle).toBe('H');
    expect(isDirty(s)).toBe(false);
  });

  it('refuses a corrupt file with a toast naming the file, leaving the project unchanged', async () => {
    const { store, files } = setup();
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const before = store.getState().document;
    const ok = await files.openText(
      { name: 'broken.mlp', text: '{"format":"mlp-project","version":1,', handle: null },
      { askFirst: true },
    );
    expect(ok).toBe(false);
    expect(store.getState().document).toBe(before);
    const toast = store.getState().view.toast;
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toMatch(/^Could not open 'broken\.mlp': .+\. Your current project is unchanged\.$/);
  });

  it('asks before replacing unsaved changes, and keeps them when the user declines', async () => {
    const { store, files } = setup();
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const before = store.getState().document;
    const opening = files.openText({ name: 'net.mlp', text: savedText, handle: null }, { askFirst: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().view.confirmation?.message).toContain('not saved');
    store.getState().answerConfirmation(false);
    expect(await opening).toBe(false);
    expect(store.getState().document).toBe(before);

    const again = files.openText({ name: 'net.mlp', text: savedText, handle: null }, { askFirst: true });
    await Promise.resolve();
    await Promise.resolve();
    store.getState().answerConfirmation(true);
    expect(await again).toBe(true);
    expect(store.getState().document.graph).toEqual(saved.graph);
  });

  it('leaves the question to the host when it asks itself (Electron)', async () => {
    const { store, platform, files } = setup(true);
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    platform.allowNew = false;
    await files.newProject();
    expect(store.getState().view.confirmation).toBeNull();
    expect(store.getState().document.graph.nodes).toHaveLength(1);
    platform.allowNew = true;
    await files.newProject();
    expect(store.getState().document.graph.nodes.length).toBeGreaterThan(1);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('starts the starter network laid out for the canvas, or an empty canvas, both clean', async () => {
    const { store, files } = setup();
    await files.newProject('empty');
    expect(store.getState().document.graph).toEqual({ nodes: [], edges: [] });
    expect(store.getState().view.arrangePending).toBe(false);
    await files.newProject();
    expect(store.getState().document.graph.nodes.map((n) => n.kind)).toEqual(
      createProject().graph.nodes.map((n) => n.kind),
    );
    expect(store.getState().view.arrangePending).toBe(true);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('saves text that parses back to the same document, then is clean and has no draft', async () => {
    const { store, platform, files } = setup();
    store.getState().addNodeAt('dense', { x: 5, y: 6 }, { units: 7 });
    platform.draft = { name: 'x', text: 'x', handle: null, savedAt: '' };
    platform.nextSave = { name: 'mine.mlp', handle: 'H2' };
    expect(await files.save()).toBe(true);
    const [{ text, name, as }] = platform.saves;
    expect(name).toBe('Untitled.mlp');
    expect(as).toBe(false);
    const reread = parseProject(text);
    expect(reread.graph).toEqual(store.getState().document.graph);
    expect(reread.training).toEqual(store.getState().document.training);
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().view.file).toMatchObject({ name: 'mine.mlp', handle: 'H2' });
    expect(platform.draft).toBeNull();
  });

  it('passes the handle to Save, always asks on Save As, and stays dirty when cancelled', async () => {
    const { store, platform, files } = setup();
    store.getState().markSaved({ name: 'a.mlp', handle: 'H' });
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    platform.nextSave = null;
    expect(await files.save()).toBe(false);
    expect(platform.saves[0].handle).toBe('H');
    expect(await files.saveAs()).toBe(false);
    expect(platform.saves[1].as).toBe(true);
    expect(isDirty(store.getState())).toBe(true);
  });

  it('reports a failed save without losing the project', async () => {
    const { store, platform, files } = setup();
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    platform.nextSave = new Error('Disk full');
    expect(await files.save()).toBe(false);
    expect(store.getState().view.toast?.message).toContain('Disk full');
    expect(isDirty(store.getState())).toBe(true);
  });
});

describe('saving never writes a file that would not open', () => {
  it('takes a title the format accepts from a 240-character file name', async () => {
    const store = createAppStore(createProject({ meta: { title: '' } }), `${'n'.repeat(240)}.mlp`);
    const platform = createFakePlatform();
    platform.nextSave = { name: 'n.mlp', handle: 'H' };
    expect(await createFileCommands(store, platform).save()).toBe(true);
    const reread = parseProject(platform.saves[0].text);
    expect(reread.meta.title.length).toBeLessThanOrEqual(200);
    expect(reread.meta.title.startsWith('nnnn')).toBe(true);
  });

  it('refuses, hands nothing to the host and says why, when the text would pass the file size limit', async () => {
    const base = createProject();
    // 14 M line breaks escape to four bytes each: a 28 M-character table makes a 56 MB file.
    const csv = {
      fileName: 't.csv',
      text: `a,b\r\n${'\r\n'.repeat(14_000_000)}`,
      targetColumn: 'b',
      targetKind: 'class' as const,
    };
    const store = createAppStore({ ...base, data: { ...base.data, kind: 'csv', csv } });
    const platform = createFakePlatform();
    platform.nextSave = { name: 'big.mlp', handle: null };
    expect(await createFileCommands(store, platform).save()).toBe(false);
    expect(platform.saves).toEqual([]);
    const toast = store.getState().view.toast;
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toContain('cannot open again');
    expect(toast?.message).toContain('52,428,800 bytes');
  });
});

describe('a file the host could not read', () => {
  it('is reported with its reason and opens nothing', async () => {
    const { store, files } = setup();
    const before = store.getState().document;
    const ok = await files.openText(
      { name: 'latin.mlp', text: '', handle: null, problem: 'The file is not UTF-8 text: byte 3 (0xE9).' },
      { askFirst: true },
    );
    expect(ok).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().view.toast?.message).toBe(
      "Could not open 'latin.mlp': The file is not UTF-8 text: byte 3 (0xE9). Your current project is unchanged.",
    );
  });
});
