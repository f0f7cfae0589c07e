import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, PUSH_CHANNELS } from '../src/ipc/contract';
import { createProject, encodeProjectLink, serializeProject } from '../src/project';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { recorded, app } = fakeElectron;
const rendererIndex = path.join(import.meta.dirname, '..', 'renderer', 'index.html');
const appEvent = { senderFrame: { url: pathToFileURL(rendererIndex).href, parent: null } };
const projectsDir = mkdtempSync(path.join(tmpdir(), 'mlp-main-'));
const savedArgv = process.argv;
afterAll(() => {
  process.argv = savedArgv;
});

function projectFile(name: string, title: string): { file: string; text: string } {
  const file = path.join(projectsDir, name);
  const text = serializeProject(createProject({ meta: { title } }));
  writeFileSync(file, text);
  return { file, text };
}

describe('main process wiring (stub Electron)', () => {
  it('starts one hardened window, answers every channel, opens files from the command line and asks before closing', async () => {
    const launched = projectFile('launched.mlp', 'Launched');
    process.argv = [process.execPath, '--some-switch', launched.file];
    await import('./main');

    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const win = FakeBrowserWindow.created[0];
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(import.meta.dirname, 'preload.cjs'),
    });
    expect(win.loaded).toBe(`file:${rendererIndex}`);
    expect([...recorded.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(recorded.permissionHandlers.request).toBeTypeOf('function');
    expect(recorded.permissionHandlers.check).toBeTypeOf('function');
    expect(win.webContents.windowOpenHandler).toBeTypeOf('function');

    // The file named on the command line waits for the page, then goes to the renderer.
    await vi.waitFor(() => expect(recorded.menus.length).toBeGreaterThan(1));
    expect(win.webContents.sent).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(win.webContents.sent).toEqual([
      [PUSH_CHANNELS.openFile, { path: launched.file, name: 'launched.mlp', text: launched.text }],
    ]);
    const lastMenu = JSON.stringify(recorded.menus.at(-1));
    expect(lastMenu).toContain('launched.mlp');

    // A second launch hands its file to this window.
    const second = projectFile('second.mlp', 'Second');
    app.emit('second-instance', {}, ['/opt/mlp/mlp-studio', 'second.mlp'], projectsDir);
    await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(2));
    expect(win.webContents.sent[1]).toEqual([
      PUSH_CHANNELS.openFile,
      { path: second.file, name: 'second.mlp', text: second.text },
    ]);

    // A clicked link reaches this window too: in a second launch's argv (Windows, Linux) or as open-url (macOS).
    expect(app.protocolClients).toEqual(['mlp-studio']);
    const link = `mlp-studio://open/#p=${await encodeProjectLink(createProject({ meta: { title: 'Linked' } }))}`;
    app.emit('second-instance', {}, ['/opt/mlp/mlp-studio', '--flag', link], projectsDir);
    await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(3));
    expect(win.webContents.sent[2]).toEqual([
      PUSH_CHANNELS.openFile,
      expect.objectContaining({ path: '', name: 'Linked.mlp' }),
    ]);
    const urlEvent = { preventDefault: vi.fn() };
    app.emit('open-url', urlEvent, link);
    await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(4));
    expect(urlEvent.preventDefault).toHaveBeenCalled();
    // A damaged link is reported and opens nothing.
    app.emit('open-url', urlEvent, 'mlp-studio://open/#p=%%%');
    await vi.waitFor(() => expect(recorded.errorBoxes).toHaveLength(1));
    expect(recorded.errorBoxes[0].title).toBe('Could not open the link');
    expect(recorded.errorBoxes[0].content).toMatch(/is not one a link uses.*Your current project is unchanged\./s);
    expect(win.webContents.sent).toHaveLength(4);

    // Calls from the app page reach the session; a foreign page is refused.
    const setDirty = recorded.handlers.get(INVOKE_CHANNELS.setDirty)!;
    await expect(
      setDirty({ senderFrame: { url: 'https://evil.example/', parent: null } }, { title: 'X', dirty: false }),
    ).resolves.toMatchObject({ ok: false });
    await expect(setDirty(appEvent, { title: 'Moons', dirty: true })).resolves.toEqual({ ok: true, value: null });
    expect(win.title).toBe('● Moons — MLP Studio');

    // The log hears refused calls and page crashes; Help › Show Log reveals it.
    const logFile = path.join(app.getPath('logs'), 'main.log');
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: -1 });
    const logged = readFileSync(logFile, 'utf8');
    expect(logged).toContain(
      `[warn] Refused IPC call to ${INVOKE_CHANNELS.setDirty}: it came from https://evil.example/`,
    );
    expect(logged).toContain("[error] The window's page process is gone (oom, exit code -1).");
    type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };
    const help = (recorded.menus.at(-1) as MenuItem[]).find((m) => m.label?.replace('&', '') === 'Help')!;
    help.submenu!.find((i) => i.label === 'Show Log')!.click!();
    await vi.waitFor(() => expect(recorded.shownItems).toEqual([logFile]));

    // Closing with unsaved changes asks; Cancel keeps the window, Don't Save closes it.
    recorded.answerMessageBoxWith(2);
    win.close();
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1));
    expect(recorded.messageBoxes[0]).toMatchObject({
      message: 'Do you want to save the changes to "Moons"?',
      buttons: ['Save', "Don't Save", 'Cancel'],
    });
    // Let the answered question settle: a second close while it is still open is ignored.
    await new Promise((resolve) => setImmediate(resolve));
    expect(win.destroyed).toBe(false);
    recorded.answerMessageBoxWith(1);
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(recorded.messageBoxes).toHaveLength(2);

    // The theme chosen in the page reaches the OS title bar; closing remembers it with where the window was.
    const setTheme = recorded.handlers.get(INVOKE_CHANNELS.setTheme)!;
    await expect(setTheme(appEvent, { theme: 'dark' })).resolves.toEqual({ ok: true, value: null });
    expect(fakeElectron.nativeTheme.themeSource).toBe('dark');
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
        bounds: { x: 0, y: 0, width: 1440, height: 900 },
        maximized: false,
        theme: 'dark',
      }),
    );
  });

  it('over IPC, a path named in a draft is not written: Save asks with it suggested instead', async () => {
    // A draft left in userData that names a file the person never chose in this session.
    const victim = projectFile('victim.mlp', 'Victim');
    const draftFile = path.join(app.getPath('userData'), 'drafts', 'unsaved-project.json');
    mkdirSync(path.dirname(draftFile), { recursive: true });
    const text = serializeProject(createProject({ meta: { title: 'Hostile' } }));
    writeFileSync(
      draftFile,
      JSON.stringify({ version: 1, text, title: 'Hostile', path: victim.file, savedAt: '2026-01-01T00:00:00.000Z' }),
    );
    const call = (verb: keyof typeof INVOKE_CHANNELS, payload: unknown) =>
      recorded.handlers.get(INVOKE_CHANNELS[verb])!(appEvent, payload);
    await expect(call('getDraft', {})).resolves.toMatchObject({ ok: true, value: { path: victim.file } });
    // The stub's save dialog is cancelled: nothing is written.
    await expect(call('saveProject', { text, path: victim.file })).resolves.toEqual({ ok: true, value: null });
    expect(readFileSync(victim.file, 'utf8')).toBe(victim.text);
  });
});
