/**
 * The one worker entry (a module Web Worker): tfjs, the trainer and the depth sweep live here, never on
 * the page's thread. A training worker is spoken to in ToWorker messages; a depth-sweep worker gets one
 * 'run' message, runs that sweep and is then terminated. Being one entry, both load the same bundle, so
 * tfjs is fetched and compiled once. WASM's files come from the package's dist/ through Vite's `?url`, so
 * they load offline; only the single-threaded builds are bundled, because the threaded one needs
 * cross-origin isolation.
 */
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import {
  type FromSweepWorker,
  type FromWorker,
  handleSweepRequest,
  type RunSweep,
  type ToWorker,
  WorkerHost,
} from '../../src/training/index';

const scope = self as unknown as {
  postMessage(message: FromWorker | FromSweepWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker | RunSweep>) => void) | null;
};

let host: WorkerHost | null = null;

/** The training side, made on the first training message. */
function trainingHost(): WorkerHost {
  host ??= new WorkerHost({
    post: (report, transfer) => scope.postMessage(report, transfer),
    // A small network runs a thousand epochs a second on WASM; evaluating every 50 ms (not the core's
    // 200) still draws such a run as a curve rather than a handful of points.
    core: { metricsEveryMs: 50 },
    // tfjs wants an entry for every build; the threaded one is never chosen without cross-origin isolation.
    wasmPaths: {
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
    },
  });
  return host;
}

/** Lets queued messages through between a sweep's networks (a 0 ms timeout is cheap next to training a network). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'run') void handleSweepRequest(message, (report) => scope.postMessage(report), breathe);
  else void trainingHost().handle(message);
};
