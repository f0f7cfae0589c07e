import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MAX_PATH_LENGTH, MAX_TITLE_LENGTH, REQUEST_SCHEMAS } from '../src/ipc/contract';
import { createAppUrlCheck } from './app-url';
import { createIpcRegistry, type IpcMainLike } from './ipc';

const APP_URL = 'file:///opt/mlp/resources/app.asar/dist/renderer/index.html';
const isAppUrl = createAppUrlCheck(
  { kind: 'file', indexPath: '/opt/mlp/resources/app.asar/dist/renderer/index.html' },
  'linux',
);

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in ipcMain that keeps the registered listeners so a test can call them like Electron does. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const invoke = (channel: string, event: unknown, ...args: unknown[]) =>
    listeners.get(channel)!(event as IpcMainInvokeEvent, ...args);
  return { ipcMain, invoke };
}

/** An event as Electron gives it, from a frame at `url` (a subframe when `parentUrl` is given). */
function eventFrom(url: string, parentUrl?: string) {
  const parent = parentUrl ? { url: parentUrl, parent: null } : null;
  return { senderFrame: { url, parent } };
}

function setup() {
  const { ipcMain, invoke } = fakeIpcMain();
  const log = vi.fn();
  const registry = createIpcRegistry(ipcMain, isAppUrl, log);
  const setDirty = vi.fn((request: { title: string; dirty: boolean }) => `${request.title}:${request.dirty}`);
  registry.handle(INVOKE_CHANNELS.setDirty, REQUEST_SCHEMAS.setDirty, setDirty);
  const openRecent = vi.fn(async (request: { path: string }) => {
    throw new Error(`Could not open "${request.path}": the file does not exist.`);
  });
  registry.handle(INVOKE_CHANNELS.openRecent, REQUEST_SCHEMAS.openRecent, openRecent);
  return { invoke, log, setDirty, openRecent };
}

describe('IPC handle wrapper', () => {
  it('passes a good call from the app page to the handler and wraps its value', async () => {
    const { invoke, setDirty } = setup();
    await expect(
      invoke(INVOKE_CHANNELS.setDirty, eventFrom(`${APP_URL}#/graph`), { title: 'Moons', dirty: true }),
    ).resolves.toEqual({
      ok: true,
      value: 'Moons:true',
    });
    expect(setDirty).toHaveBeenCalledWith({ title: 'Moons', dirty: true });
  });

  it('refuses calls from another page, a subframe of the app, or a frame that is gone', async () => {
    const { invoke, setDirty, log } = setup();
    const payload = { title: 'x', dirty: false };
    const foreign = [
      eventFrom('https://evil.example/index.html'),
      eventFrom('file:///tmp/index.html'),
      eventFrom('file:///opt/mlp/resources/app.asar/dist/renderer/other.html'),
      eventFrom(APP_URL, APP_URL),
      { senderFrame: null },
    ];
    for (const event of foreign) {
      const result = (await invoke(INVOKE_CHANNELS.setDirty, event, payload)) as {
        ok: boolean;
        error: { message: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.message).toMatch(/refused/);
    }
    expect(setDirty).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(foreign.length);
  });

  it('refuses malformed payloads: wrong types, missing or extra keys, oversized strings, extra arguments', async () => {
    const { invoke, setDirty, log } = setup();
    const app = eventFrom(APP_URL);
    const bad: unknown[][] = [
      [{ title: 'x', dirty: 'yes' }],
      [{ title: 42, dirty: true }],
      [{ title: 'x' }],
      [{ title: 'x', dirty: true, extra: 1 }],
      [JSON.parse('{"title":"x","dirty":true,"__proto__":{"polluted":true}}')],
      [{ title: 'x'.repeat(MAX_TITLE_LENGTH + 1), dirty: true }],
      [null],
      ['x'],
      [],
      [{ title: 'x', dirty: true }, 'second'],
    ];
    for (const args of bad) {
      const result = (await invoke(INVOKE_CHANNELS.setDirty, app, ...args)) as {
        ok: boolean;
        error: { message: string };
      };
      expect(result.ok, JSON.stringify(args)).toBe(false);
      expect(result.error.message).toContain(INVOKE_CHANNELS.setDirty);
    }
    expect(setDirty).not.toHaveBeenCalled();
    // Every refusal reaches the log, the wrong argument counts included.
    expect(log).toHaveBeenCalledTimes(bad.length);
    expect(log).toHaveBeenLastCalledWith(
      `Refused IPC call to ${INVOKE_CHANNELS.setDirty}: it carried 2 payloads instead of one.`,
    );
  });

  it('names the offending field of a malformed payload', async () => {
    const { invoke } = setup();
    const result = (await invoke(INVOKE_CHANNELS.openRecent, eventFrom(APP_URL), {
      path: 'a'.repeat(MAX_PATH_LENGTH + 1),
    })) as {
      error: { message: string };
    };
    expect(result.error.message).toMatch(/path/);
    expect(result.error.message).toContain(`longer than ${MAX_PATH_LENGTH} characters`);
  });

  it('returns an error thrown by the handler as a result, not an exception', async () => {
    const { invoke, openRecent, log } = setup();
    await expect(invoke(INVOKE_CHANNELS.openRecent, eventFrom(APP_URL), { path: '/p/gone.mlp' })).resolves.toEqual({
      ok: false,
      error: { message: 'Could not open "/p/gone.mlp": the file does not exist.' },
    });
    expect(openRecent).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(
      `IPC call to ${INVOKE_CHANNELS.openRecent} failed: Could not open "/p/gone.mlp": the file does not exist.`,
    );
  });
});
