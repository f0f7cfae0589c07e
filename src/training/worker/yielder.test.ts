// Yielding between training slices lets timers and messages in, in Node and in the browser path.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createYielder } from './yielder';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Busy slices of `ms` separated by yields, until `done()` or `limit` slices. */
async function runSlices(
  yieldToEventLoop: () => Promise<void>,
  done: () => boolean,
  ms: number,
  limit: number,
): Promise<number> {
  let slices = 0;
  while (!done() && slices < limit) {
    const start = performance.now();
    while (performance.now() - start < ms);
    await yieldToEventLoop();
    slices++;
  }
  return slices;
}

describe('createYielder', () => {
  it('lets a timer fire within a few slices in Node (no starvation by a message drain)', async () => {
    const yielder = createYielder();
    let fired = false;
    setTimeout(() => (fired = true), 5);
    await runSlices(
      () => yielder.yieldToEventLoop(),
      () => false,
      2,
      5,
    ); // the timer is now due
    const slices = await runSlices(
      () => yielder.yieldToEventLoop(),
      () => fired,
      1,
      200,
    );
    expect(fired).toBe(true);
    expect(slices).toBeLessThanOrEqual(2);
    yielder.close();
  });

  it('yields through a MessageChannel where there is no setImmediate (browsers), and close() releases waiters', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const yielder = createYielder();
    const slices = await runSlices(
      () => yielder.yieldToEventLoop(),
      () => false,
      0,
      20,
    );
    expect(slices).toBe(20);
    const pending = yielder.yieldToEventLoop();
    yielder.close();
    await expect(pending).resolves.toBeUndefined();
  });
});
