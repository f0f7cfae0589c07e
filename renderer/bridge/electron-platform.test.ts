import { describe, expect, it, vi } from 'vitest';
import type { MlpBridge } from '../../src/ipc/contract';
import { createElectronPlatform } from './electron-platform';

/** A bridge with only the theme verbs; the platform must not call anything else for the theme. */
function themeBridge(answer: Awaited<ReturnType<MlpBridge['getTheme']>>) {
  const bridge = {
    getTheme: vi.fn(async () => answer),
    setTheme: vi.fn(async () => ({ ok: true as const, value: null })),
  };
  return { bridge, platform: createElectronPlatform(bridge as unknown as MlpBridge) };
}

describe('createElectronPlatform: window theme', () => {
  it('loads the theme main remembers and hands each choice back', async () => {
    const { bridge, platform } = themeBridge({ ok: true, value: 'dark' });
    await expect(platform.windowTheme?.load()).resolves.toBe('dark');
    platform.windowTheme?.save('light');
    expect(bridge.setTheme).toHaveBeenCalledWith('light');
  });

  it('gives null when main could not answer, so the app keeps its own theme', async () => {
    const { platform } = themeBridge({
      ok: false,
      error: { message: 'The app could not reach its main process (getTheme).' },
    });
    await expect(platform.windowTheme?.load()).resolves.toBeNull();
  });
});
