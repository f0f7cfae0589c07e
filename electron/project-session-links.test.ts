import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnsavedChoice } from './dialogs';
import { createDraftStore } from './drafts';
import { ProjectSession } from './project-session';
import { loadRecentFiles } from './recent-files';

const LINKED = { name: 'Moons.mlp', text: JSON.stringify({ format: 'mlp-project', version: 1 }) };
const parse = () => undefined;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlp-session-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function setup(unsaved: UnsavedChoice = 'cancel') {
  const dialogs = {
    chooseProjectToOpen: vi.fn(async () => null),
    chooseSaveLocation: vi.fn(async () => path.join(dir, 'saved.mlp')),
    askAboutUnsavedChanges: vi.fn(async () => unsaved),
    showError: vi.fn(),
  };
  const recent = await loadRecentFiles(path.join(dir, 'recent.json'), 'linux');
  const deps = {
    platform: 'linux' as const,
    parse,
    dialogs,
    recent,
    drafts: createDraftStore(path.join(dir, 'draft.json'), parse),
    sendMenuCommand: vi.fn(),
    sendOpenedProject: vi.fn(),
    closeWindow: vi.fn(),
    onChange: vi.fn(),
    logOpenFailure: vi.fn(),
  };
  return { session: new ProjectSession(deps), ...deps };
}

describe('ProjectSession: projects from links', () => {
  it('hands a linked project to the renderer with no file, and adds nothing to the recent list', async () => {
    const { session, sendOpenedProject, recent } = await setup();
    await session.openLinkedProject(LINKED);
    expect(sendOpenedProject).toHaveBeenCalledWith({ path: '', ...LINKED });
    expect(recent.list()).toEqual([]);
  });

  it('asks about unsaved changes first, and Cancel keeps the work', async () => {
    const { session, dialogs, sendOpenedProject } = await setup('cancel');
    session.setDirty('Homework', true);
    await session.openLinkedProject(LINKED);
    expect(dialogs.askAboutUnsavedChanges).toHaveBeenCalledWith('Homework', 'opening the shared link');
    expect(sendOpenedProject).not.toHaveBeenCalled();
  });

  it('Save saves first, then opens the link', async () => {
    const { session, sendMenuCommand, sendOpenedProject } = await setup('save');
    session.setDirty('Homework', true);
    await session.openLinkedProject(LINKED);
    expect(sendMenuCommand).toHaveBeenCalledWith('save');
    expect(sendOpenedProject).not.toHaveBeenCalled();
    await session.saveProject('{}');
    await vi.waitFor(() => expect(sendOpenedProject).toHaveBeenCalledWith({ path: '', ...LINKED }));
  });

  it('reports a bad link in a dialog and the log, saying the project is unchanged', async () => {
    const { session, dialogs, logOpenFailure } = await setup();
    session.reportLinkFailure(new Error('This link is damaged.'));
    expect(dialogs.showError).toHaveBeenCalledWith(
      'Could not open the link',
      'This link is damaged. Your current project is unchanged.',
    );
    expect(logOpenFailure).toHaveBeenCalled();
  });
});
