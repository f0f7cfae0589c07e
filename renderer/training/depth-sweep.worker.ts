/**
 * The depth-sweep worker (a module Web Worker): trains the sweep's networks off the page's thread.
 * It runs one sweep and is then terminated; cancelling terminates it mid-sweep.
 */
import { type FromSweepWorker, type RunSweep, handleSweepRequest } from '../../src/training/index';

const scope = self as unknown as {
  postMessage(message: FromSweepWorker): void;
  onmessage: ((event: MessageEvent<RunSweep>) => void) | null;
};

/** Lets queued messages through between networks (a 0 ms timeout, clamped to ~4 ms, is cheap next to training a network). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = (event) => {
  if (event.data.type === 'run') void handleSweepRequest(event.data, (message) => scope.postMessage(message), breathe);
};
