import { describe, expect, it, vi } from 'vitest';
import { preloadAfterStart } from './preload-after-start';

describe('preloading what start-up left out', () => {
  it('starts every load only when the page is first idle, and a failed load throws nowhere', async () => {
    let idle: (() => void) | null = null;
    const page = { requestIdleCallback: (run: () => void) => void (idle = run), setTimeout } as unknown as Window;
    const first = vi.fn(() => Promise.reject(new Error('offline')));
    const second = vi.fn(() => Promise.resolve('here'));
    preloadAfterStart([first, second], page);
    expect(first).not.toHaveBeenCalled();
    expect(idle).not.toBeNull();
    idle!();
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
    // The rejection is handled: awaiting a tick raises no unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('falls back to a timer where the browser has no idle callback', async () => {
    const load = vi.fn(() => Promise.resolve());
    preloadAfterStart([load], { setTimeout } as unknown as Window);
    expect(load).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledOnce();
  });
});
