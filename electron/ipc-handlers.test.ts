import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../src/ipc/contract';
import { createIpcRegistry } from './ipc';
import { registerIpcHandlers } from './ipc-handlers';
import type { ProjectSession } from './project-session';
import type { RecentFilesStore } from './recent-files';

const APP = 'file:///app/dist/renderer/index.html';
const appEvent = { senderFrame: { url: APP, parent: null } } as unknown as IpcMainInvokeEvent;

function setup() {
  const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const registry = createIpcRegistry(
    { handle: (channel, listener) => void listeners.set(channel, listener) },
    (url) => url === APP,
    vi.fn(),
  );
  const session = {
    newProject: vi.fn(async () => true),
    saveProject: vi.fn(async (_text: string, path?: string) => ({ path: path ?? '/chosen.mlp', name: 'x.mlp' })),
    setDirty: vi.fn(),
    saveDraft: vi.fn(),
    clearDraft: vi.fn(async () => undefined),
  };
  const recent = { list: vi.fn(() => [{ path: '/a.mlp', name: 'a.mlp' }]), clear: vi.fn(async () => undefined) };
  const services = {
    session: session as unknown as ProjectSession,
    recent: recent as unknown as RecentFilesStore,
    openExternal: vi.fn(async () => undefined),
    onRecentChange: vi.fn(),
    exportFiles: vi.fn(async (files: { name: string }[]) => ({ folder: '/exports', names: files.map((f) => f.name) })),
    theme: { get: vi.fn(() => 'light' as const), set: vi.fn() },
  };
  registerIpcHandlers(registry, services);
  const invoke = (channel: string, payload: unknown) => listeners.get(channel)!(appEvent, payload);
  return { listeners, invoke, session, recent, services };
}

describe('registerIpcHandlers', () => {
  it('answers every channel of the contract, and nothing else', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('passes validated requests to the session and wraps the answers', async () => {
    const { invoke, session } = setup();
    await expect(invoke(INVOKE_CHANNELS.saveProject, { text: '{}', path: '/p/a.mlp' })).resolves.toEqual({
      ok: true,
      value: { path: '/p/a.mlp', name: 'x.mlp' },
    });
    await expect(invoke(INVOKE_CHANNELS.saveProject, { text: '{}' })).resolves.toMatchObject({
      ok: true,
      value: { path: '/chosen.mlp' },
    });
    expect(session.saveProject.mock.calls).toEqual([
      ['{}', '/p/a.mlp'],
      ['{}', undefined],
    ]);
    await expect(invoke(INVOKE_CHANNELS.setDirty, { title: 'T', dirty: true })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(session.setDirty).toHaveBeenCalledWith('T', true);
    await expect(invoke(INVOKE_CHANNELS.newProject, {})).resolves.toEqual({ ok: true, value: true });
  });

  it('clears the recent list and tells the menu', async () => {
    const { invoke, recent, services } = setup();
    await expect(invoke(INVOKE_CHANNELS.listRecent, {})).resolves.toEqual({
      ok: true,
      value: [{ path: '/a.mlp', name: 'a.mlp' }],
    });
    await invoke(INVOKE_CHANNELS.clearRecent, {});
    expect(recent.clear).toHaveBeenCalledOnce();
    expect(services.onRecentChange).toHaveBeenCalledOnce();
  });

  it('reads and sets the remembered theme, refusing names it does not know', async () => {
    const { invoke, services } = setup();
    await expect(invoke(INVOKE_CHANNELS.getTheme, {})).resolves.toEqual({ ok: true, value: 'light' });
    await expect(invoke(INVOKE_CHANNELS.setTheme, { theme: 'dark' })).resolves.toEqual({ ok: true, value: null });
    await expect(invoke(INVOKE_CHANNELS.setTheme, { theme: 'neon' })).resolves.toMatchObject({ ok: false });
    expect(services.theme.set.mock.calls).toEqual([['dark']]);
  });

  it('opens https links only', async () => {
    const { invoke, services } = setup();
    await expect(invoke(INVOKE_CHANNELS.openExternal, { url: 'https://js.tensorflow.org/' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    const refused = (await invoke(INVOKE_CHANNELS.openExternal, { url: 'file:///bin/sh' })) as {
      ok: boolean;
      error: { message: string };
    };
    expect(refused.ok).toBe(false);
    expect(refused.error.message).toBe('Only https:// links open outside the app; "file:///bin/sh" was refused.');
    expect(services.openExternal.mock.calls).toEqual([['https://js.tensorflow.org/']]);
  });

  it('hands validated exports to the writer and refuses a path posing as a file name', async () => {
    const { invoke, services } = setup();
    await expect(
      invoke(INVOKE_CHANNELS.exportFiles, { files: [{ name: 'net.py', data: 'import torch' }] }),
    ).resolves.toEqual({ ok: true, value: { folder: '/exports', names: ['net.py'] } });
    const refused = (await invoke(INVOKE_CHANNELS.exportFiles, {
      files: [{ name: '../../.bashrc.py', data: 'x' }],
    })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(services.exportFiles).toHaveBeenCalledOnce();
  });
});
