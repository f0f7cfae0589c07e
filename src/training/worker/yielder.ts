/**
 * Yielding to the event loop between slices of training, so that messages (pause, a new learning
 * rate) are handled promptly. In browsers and workers a MessageChannel message is a macrotask with
 * no minimum delay, unlike setTimeout(0), which is clamped to 4 ms once nested; a microtask would
 * not let messages in at all. Node drains up to 1000 MessagePort messages in one go, starving
 * timers and I/O meanwhile, so there setImmediate (one turn of the loop per yield) is used instead.
 */

/** A way to yield, and to release what it holds. */
export interface Yielder {
  /** Resolves after the event loop has had a turn (incoming messages and timers included). */
  yieldToEventLoop(): Promise<void>;
  /** Releases the channel, if any (a Node process stays alive while one is open). */
  close(): void;
}

/** A yielder for the current environment: setImmediate where it exists (Node), else one reused MessageChannel. */
export function createYielder(): Yielder {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') {
    return { yieldToEventLoop: () => new Promise<void>((resolve) => void immediate(resolve)), close: () => {} };
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    yieldToEventLoop: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close() {
      channel.port1.close();
      channel.port2.close();
      waiting.splice(0).forEach((resolve) => resolve());
    },
  };
}
