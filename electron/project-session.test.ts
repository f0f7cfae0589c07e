import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnsavedChoice } from './dialogs';
import { createDraftStore } from './drafts';
import { ProjectSession } from './project-session';
import { loadRecentFiles } from './recent-files';

const PROJECT = JSON.stringify({ format: 'mlp-project', version: 1 });
const parse = (text: string) => {
  if ((JSON.parse(text) as { format?: string }).format !== 'mlp-project')
    throw new Error('format is not "mlp-project".');
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlp-session-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A session over real files in a temp folder, with scripted dialogs and recorded messages to the renderer. */
async function setup(answers: { unsaved?: UnsavedChoice; open?: string | null; save?: string | null } = {}) {
  const dialogs = {
    chooseProjectToOpen: vi.fn(async () => answers.open ?? null),
    chooseSaveLocation: vi.fn(async () => answers.save ?? null),
    askAboutUnsavedChanges: vi.fn(async () => answers.unsaved ?? 'cancel'),
    showError: vi.fn(),
  };
  const recent = await loadRecentFiles(path.join(dir, 'user', 'recent.json'), 'linux');
  const drafts = createDraftStore(path.join(dir, 'user', 'draft.json'), parse);
  const deps = {
    platform: 'linux' as const,
    parse,
    dialogs,
    recent,
    drafts,
    sendMenuCommand: vi.fn(),
    sendOpenedProject: vi.fn(),
    closeWindow: vi.fn(),
    onChange: vi.fn(),
    logOpenFailure: vi.fn(),
  };
  return { session: new ProjectSession(deps), ...deps };
}

function projectFile(name: string, text = PROJECT): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('ProjectSession: unsaved changes', () => {
  it('goes ahead without asking when nothing is unsaved', async () => {
    const { session, dialogs } = await setup();
    await expect(session.newProject()).resolves.toBe(true);
    expect(dialogs.askAboutUnsavedChanges).not.toHaveBeenCalled();
  });

  it("Don't Save goes ahead, Cancel stops, for new, open and close", async () => {
    for (const [choice, expected] of [
      ['discard', true],
      ['cancel', false],
    ] as const) {
      const { session, dialogs, sendMenuCommand } = await setup({ unsaved: choice, open: projectFile('a.mlp') });
      session.setDirty('Moons', true);
      await expect(session.newProject()).resolves.toBe(expected);
      await expect(session.openProject()).resolves.toEqual(
        expected ? expect.objectContaining({ name: 'a.mlp' }) : null,
      );
      await expect(session.confirmClose()).resolves.toBe(expected);
      expect(dialogs.askAboutUnsavedChanges).toHaveBeenCalledTimes(3);
      expect(dialogs.askAboutUnsavedChanges).toHaveBeenCalledWith('Moons', 'closing');
      expect(sendMenuCommand).not.toHaveBeenCalled();
    }
  });

  it('Save asks the renderer to save, then closes once the save succeeded', async () => {
    const target = path.join(dir, 'moons.mlp');
    const { session, sendMenuCommand, closeWindow } = await setup({ unsaved: 'save', save: target });
    session.setDirty('Moons', true);
    await expect(session.confirmClose()).resolves.toBe(false);
    expect(sendMenuCommand).toHaveBeenCalledWith('save');
    expect(closeWindow).not.toHaveBeenCalled();
    await expect(session.saveProject(PROJECT)).resolves.toEqual({ path: target, name: 'moons.mlp' });
    expect(readFileSync(target, 'utf8')).toBe(PROJECT);
    expect(closeWindow).toHaveBeenCalledOnce();
    expect(session.dirty).toBe(false);
  });

  it('Save followed by a cancelled save dialog does nothing further', async () => {
    const { session, closeWindow, sendMenuCommand } = await setup({ unsaved: 'save', save: null });
    session.setDirty('Moons', true);
    await session.confirmClose();
    await expect(session.saveProject(PROJECT)).resolves.toBeNull();
    expect(closeWindow).not.toHaveBeenCalled();
    await expect(session.saveProjectAs(PROJECT)).resolves.toBeNull();
    expect(sendMenuCommand.mock.calls).toEqual([['save']]);
  });

  it('Save before New sends New again once saved', async () => {
    const { session, sendMenuCommand } = await setup({ unsaved: 'save', save: path.join(dir, 'x.mlp') });
    session.setDirty('X', true);
    await expect(session.newProject()).resolves.toBe(false);
    await session.saveProject(PROJECT);
    expect(sendMenuCommand.mock.calls).toEqual([['save'], ['new']]);
    await expect(session.newProject()).resolves.toBe(true);
  });

  it('a file opened from outside while dirty is delivered after the save', async () => {
    const incoming = projectFile('incoming.mlp');
    const { session, sendOpenedProject } = await setup({ unsaved: 'save', save: path.join(dir, 'current.mlp') });
    session.setDirty('Current', true);
    await session.openFromOutside(incoming);
    expect(sendOpenedProject).not.toHaveBeenCalled();
    await session.saveProject(PROJECT);
    await vi.waitFor(() =>
      expect(sendOpenedProject).toHaveBeenCalledWith({ path: incoming, name: 'incoming.mlp', text: PROJECT }),
    );
  });
});

describe('ProjectSession: files', () => {
  it('saves only to files this session opened or chose', async () => {
    const opened = projectFile('opened.mlp');
    const { session } = await setup({ open: opened });
    const elsewhere = path.join(dir, 'elsewhere.mlp');
    await expect(session.saveProject(PROJECT, elsewhere)).rejects.toThrow(
      /Refused to save to ".*elsewhere\.mlp".*Save As/,
    );
    expect(existsSync(elsewhere)).toBe(false);
    await session.openProject();
    await expect(session.saveProject('{"format":"mlp-project","version":1,"x":2}', opened)).resolves.toMatchObject({
      path: opened,
    });
    expect(readFileSync(opened, 'utf8')).toContain('"x":2');
  });

  it('reports a bad file through a dialog when it came from outside, and as an error to the renderer otherwise', async () => {
    const bad = projectFile('bad.mlp', '{"format":"word"}');
    const { session, dialogs, sendOpenedProject, logOpenFailure } = await setup({ open: bad });
    await session.openFromOutside(bad);
    expect(sendOpenedProject).not.toHaveBeenCalled();
    expect(logOpenFailure).toHaveBeenCalledWith(expect.stringMatching(/bad\.mlp.*not an MLP Studio project/));
    expect(dialogs.showError).toHaveBeenCalledWith(
      'Could not open the project',
      expect.stringMatching(/bad\.mlp.*not an MLP Studio project/),
    );
    await expect(session.openProject()).rejects.toThrow(/bad\.mlp.*not an MLP Studio project/);
  });

  it('opens only entries of the recent list, and drops an entry whose file is gone', async () => {
    const file = projectFile('r.mlp');
    const { session, recent } = await setup({ open: file });
    await expect(session.openRecent(file)).rejects.toThrow(/not in the recent projects list/);
    await session.openProject();
    expect(recent.has(file)).toBe(true);
    await expect(session.openRecent(file)).resolves.toMatchObject({ text: PROJECT });
    rmSync(file);
    await expect(session.openRecent(file)).rejects.toThrow(/does not exist/);
    expect(recent.has(file)).toBe(false);
  });

  it('accepts dropped .mlp files only, and lets Save write back to a dropped project', async () => {
    const { session } = await setup();
    await expect(session.openDroppedFile(path.join(dir, 'data.csv'))).rejects.toThrow(/"data\.csv" is not one/);
    const dropped = projectFile('d.mlp');
    await expect(session.openDroppedFile(dropped)).resolves.toMatchObject({ name: 'd.mlp' });
    await expect(session.saveProject('{"format":"mlp-project","version":2}', dropped)).resolves.toMatchObject({
      path: dropped,
    });
  });

  it('refuses a dropped path on a network share before touching it', async () => {
    const { session } = await setup();
    for (const share of ['\\\\attacker.example\\share\\lesson.mlp', '//attacker.example/share/lesson.mlp']) {
      await expect(session.openDroppedFile(share), share).rejects.toThrow(
        /"lesson\.mlp" is on a network share.*File › Open/,
      );
    }
  });

  it('a dropped file that is not a project grants nothing and its bytes stay out of the error', async () => {
    const { session } = await setup();
    const secret = projectFile('notes.mlp', 'SECRET-TOKEN-77 private notes, not JSON');
    const error = (await session.openDroppedFile(secret).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/notes\.mlp": it is not an MLP Studio project/);
    expect(error.message).not.toMatch(/SECRET|private/);
    await expect(session.saveProject(PROJECT, secret)).rejects.toThrow(/Refused to save/);
    expect(readFileSync(secret, 'utf8')).toContain('SECRET-TOKEN-77');
  });

  it('refuses to save text that would not open again, keeps the file and drops the pending action', async () => {
    const target = projectFile('kept.mlp');
    const { session, closeWindow } = await setup({ unsaved: 'save', open: target });
    await session.openProject();
    session.setDirty('Kept', true);
    await session.confirmClose();
    await expect(session.saveProject('{"format":"something-else"}', target)).rejects.toThrow(
      /Did not save ".*kept\.mlp": the project would not open again.*format is not "mlp-project"/s,
    );
    expect(readFileSync(target, 'utf8')).toBe(PROJECT);
    await session.saveProject(PROJECT, target);
    expect(closeWindow).not.toHaveBeenCalled();
    expect(session.dirty).toBe(false);
  });

  it('keeps a draft while dirty, offers it back, and forgets it after a save', async () => {
    const target = path.join(dir, 'saved.mlp');
    const { session, drafts, dialogs } = await setup({ save: target });
    session.setDirty('Draft title', true);
    const unsaved = '{"format":"mlp-project","version":1,"unsaved":true}';
    expect(() => session.saveDraft('{"unsaved":true}', target)).toThrow(/draft was not updated/);
    session.saveDraft(unsaved, target);
    await drafts.flush();
    await expect(session.getDraft()).resolves.toMatchObject({ text: unsaved, title: 'Draft title', path: target });
    // A draft grants no right to its file: the first Save asks, with that file suggested.
    await expect(session.saveProject(PROJECT, target)).resolves.toEqual({ path: target, name: 'saved.mlp' });
    expect(dialogs.chooseSaveLocation).toHaveBeenCalledWith(target);
    await expect(session.getDraft()).resolves.toBeNull();
  });

  it('a path named in a draft cannot be written without the person choosing it in a dialog', async () => {
    // The old hole: saveDraft(X), getDraft() made X writable, and saveProject(X) overwrote it unasked.
    const victim = projectFile('never-chosen.mlp', 'precious');
    const { session, drafts, dialogs } = await setup({ save: null });
    session.saveDraft(PROJECT, victim);
    await drafts.flush();
    await expect(session.saveProject(PROJECT, victim)).rejects.toThrow(/Refused to save/);
    await expect(session.getDraft()).resolves.toMatchObject({ path: victim });
    await expect(session.saveProject(PROJECT, victim)).resolves.toBeNull();
    expect(dialogs.chooseSaveLocation).toHaveBeenCalledOnce();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    // Any other path stays refused after a draft was read.
    await expect(session.saveProject(PROJECT, path.join(dir, 'other.mlp'))).rejects.toThrow(/Refused to save/);
  });
});
