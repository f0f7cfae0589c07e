import { describe, expect, it, vi } from 'vitest';
import { preloadAfterStart } from './preload-after-start';

/** A page whose frame and idle callbacks run when the test says. */
function fakePage(withIdle: boolean) {
  const frames: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const page = {
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void) => setTimeout(run, 0),
    ...(withIdle ? { requestIdleCallback: (run: () => void) => idle.push(run) } : {}),
  } as unknown as Window;
  return { page, frames, idle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preloading what start-up left out', () => {
  it('starts every load only after the first frame, once the page is idle, and a failed load throws nowhere', async () => {
    const { page, frames, idle } = fakePage(true);
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    const working = vi.fn(() => Promise.resolve('here'));
    preloadAfterStart([failing, working], page);
    await tick();
    expect(idle).toHaveLength(0);
    frames.forEach((run) => run());
    await tick();
    expect(failing).not.toHaveBeenCalled();
    idle.forEach((run) => run());
    expect(failing).toHaveBeenCalledOnce();
    expect(working).toHaveBeenCalledOnce();
    // The rejection is handled: a tick later vitest has seen no unhandled rejection.
    await tick();
  });

  it('falls back to a timer where the browser has no idle callback', async () => {
    const { page, frames } = fakePage(false);
    const load = vi.fn(() => Promise.resolve());
    preloadAfterStart([load], page);
    frames.forEach((run) => run());
    await tick();
    await tick();
    expect(load).toHaveBeenCalledOnce();
  });
});
