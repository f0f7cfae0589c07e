import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type OpenedProject, PUSH_CHANNELS } from '../src/ipc/contract';
import { createBridge, type IpcRendererLike } from './bridge';

/** A stand-in ipcRenderer: records invokes, answers them with `answer`, and lets the test push like main does. */
function fakeIpc(answer: (channel: string, payload: unknown) => unknown = () => ({ ok: true, value: null })) {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => answer(channel, args[0])),
    on: (channel, listener) => listeners.set(channel, listener),
  };
  const ipcEvent = { sender: { send: vi.fn() }, senderId: 0, ports: [] };
  const push = (channel: string, payload: unknown) => listeners.get(channel)!(ipcEvent, payload);
  return { ipc, push, ipcEvent };
}

const PROJECT: OpenedProject = { path: '/p/a.mlp', name: 'a.mlp', text: '{}' };

describe('createBridge', () => {
  it('exposes the task verbs only: functions, no ipcRenderer, no send/invoke', () => {
    const bridge = createBridge(fakeIpc().ipc, () => '');
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'onMenuCommand', 'onOpenFile'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each verb on its contract channel with one payload object', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    await bridge.saveProject('{"a":1}', '/p/a.mlp');
    await bridge.saveProject('{"a":1}');
    await bridge.setDirty('Moons', true);
    await bridge.openRecent('/p/b.mlp');
    await bridge.newProject();
    expect(vi.mocked(ipc.invoke).mock.calls).toEqual([
      [INVOKE_CHANNELS.saveProject, { text: '{"a":1}', path: '/p/a.mlp' }],
      [INVOKE_CHANNELS.saveProject, { text: '{"a":1}' }],
      [INVOKE_CHANNELS.setDirty, { title: 'Moons', dirty: true }],
      [INVOKE_CHANNELS.openRecent, { path: '/p/b.mlp' }],
      [INVOKE_CHANNELS.newProject, {}],
    ]);
  });

  it('turns a failed IPC call into an error result', async () => {
    const { ipc } = fakeIpc(() => {
      throw new Error('No handler registered');
    });
    await expect(createBridge(ipc, () => '').listRecent()).resolves.toEqual({
      ok: false,
      error: { message: 'The app could not reach its main process (listRecent): No handler registered' },
    });
  });

  it('opens a dropped file by its path, and refuses items with no file on disk without calling main', async () => {
    const { ipc } = fakeIpc();
    const file = { name: 'net.mlp' } as File;
    await createBridge(ipc, () => '/drop/net.mlp').openDroppedFile(file);
    expect(ipc.invoke).toHaveBeenCalledWith(INVOKE_CHANNELS.openDroppedFile, { path: '/drop/net.mlp' });
    const result = await createBridge(ipc, () => '').openDroppedFile(file);
    expect(result).toEqual({
      ok: false,
      error: { message: '"net.mlp" is not a file on this computer, so it cannot be opened as a project.' },
    });
    expect(ipc.invoke).toHaveBeenCalledOnce();
  });

  it('hands listeners the menu command alone, never the IPC event, and unsubscribes', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    push(PUSH_CHANNELS.menuCommand, 'save');
    push(PUSH_CHANNELS.menuCommand, 'formatDisk');
    expect(listener.mock.calls).toEqual([['save']]);
    unsubscribe();
    push(PUSH_CHANNELS.menuCommand, 'undo');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps projects pushed before anyone listens and delivers them to the first listener', () => {
    const { ipc, push, ipcEvent } = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    push(PUSH_CHANNELS.openFile, { ...PROJECT, extra: ipcEvent });
    push(PUSH_CHANNELS.openFile, { path: 5 });
    const listener = vi.fn();
    bridge.onOpenFile(listener);
    expect(listener.mock.calls).toEqual([[PROJECT]]);
    push(PUSH_CHANNELS.openFile, PROJECT);
    expect(listener).toHaveBeenCalledTimes(2);
    const second = vi.fn();
    bridge.onOpenFile(second);
    expect(second).not.toHaveBeenCalled();
  });
});
