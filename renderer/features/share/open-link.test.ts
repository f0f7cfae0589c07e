import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject, encodeProjectLink } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { createFakePlatform } from '../files/fake-platform';
import { createFileCommands } from '../files/file-commands';
import { LINK_FALLBACK_NAME, linkFileName, openProjectLink } from './open-link';

const shared = createProject({ meta: { title: 'Moons: lesson 2' }, notes: 'Step one: press Train.' });

function setup() {
  const store = createAppStore(createEmptyProject());
  // Electron's host asks before its own opens; a link must still be asked about by the page.
  const platform = createFakePlatform(true);
  return { store, platform, files: createFileCommands(store, platform) };
}

/** Lets the decoding streams and the confirmation request settle. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('opening a shared link', () => {
  it('loads the project under its title, clean, with nothing else to answer', async () => {
    const { store, files } = setup();
    expect(await openProjectLink(await encodeProjectLink(shared), files, store)).toBe(true);
    const s = store.getState();
    expect(s.document.graph).toEqual(shared.graph);
    expect(s.document.notes).toBe('Step one: press Train.');
    expect(s.view.file.name).toBe('Moons lesson 2.mlp');
    expect(isDirty(s)).toBe(false);
  });

  it('turns a damaged link into the file-error toast and keeps the open project', async () => {
    const { store, files } = setup();
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const before = store.getState().document;
    expect(await openProjectLink('not*a*link', files, store)).toBe(false);
    expect(store.getState().document).toBe(before);
    const toast = store.getState().view.toast;
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toMatch(
      /^Could not open 'Shared link\.mlp': This link is damaged: character 4 .+\. Your current project is unchanged\.$/,
    );
  });

  it('reports a link to an invalid project as parseProject does', async () => {
    const { store, files } = setup();
    const payload = await encodeProjectLink({
      ...shared,
      graph: { nodes: [], edges: [{ id: 'e', source: 'a', target: 'b' }] },
    });
    expect(await openProjectLink(payload, files, store)).toBe(false);
    expect(store.getState().view.toast?.message).toMatch(/^Could not open 'Shared link\.mlp': .*graph\.edges\[0\]/);
  });

  it('asks before replacing unsaved changes, even where the host asks about files itself', async () => {
    const { store, files } = setup();
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const before = store.getState().document;
    const opening = openProjectLink(await encodeProjectLink(shared), files, store);
    await until(() => store.getState().view.confirmation !== null);
    expect(store.getState().view.confirmation?.message).toContain('not saved');
    store.getState().answerConfirmation(false);
    expect(await opening).toBe(false);
    expect(store.getState().document).toBe(before);
  });

  it('names the project by its title, or by the fallback when it has none or does not parse', () => {
    expect(linkFileName(JSON.stringify(createProject({ meta: { title: 'a/b' } })))).toBe('a b.mlp');
    expect(linkFileName(JSON.stringify(createProject({ meta: { title: '' } })))).toBe(LINK_FALLBACK_NAME);
    expect(linkFileName('{')).toBe(LINK_FALLBACK_NAME);
  });
});
