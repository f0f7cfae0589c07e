/**
 * The training worker (a module Web Worker): tfjs and the trainer live here, never on the page's
 * thread. WASM's files come from the package's dist/ through Vite's `?url`, so they load offline;
 * only the single-threaded builds are bundled, because the threaded one needs cross-origin isolation.
 */
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { type FromWorker, type ToWorker, WorkerHost } from '../../src/training/index';

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const host = new WorkerHost({
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

scope.onmessage = (event) => void host.handle(event.data);
