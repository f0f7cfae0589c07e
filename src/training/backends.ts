/**
 * Choosing the tfjs backend: WebGPU, WebGL, WASM, CPU in that order (or from a preferred one down),
 * skipping those the environment cannot offer, and checking that the one chosen computes right
 * before anything trains on it.
 */
import * as tf from './tf';
import { useFlagFreeMatMulOnWasm } from './wasm-matmul';

/** Backends the engine can run on. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
/** A backend to start from, or 'auto' for the whole order. */
export type BackendPreference = BackendName | 'auto';
/** Where the WASM backend finds its .wasm files: a folder prefix ending in '/', or file name → URL. */
export type WasmPaths = string | Record<string, string>;

/** Fastest first, as a rule; small networks may still run faster on WASM or CPU than on WebGL. */
export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** What initBackend settled on, and why the ones before it were passed over. */
export interface BackendChoice {
  backend: BackendName;
  skipped: { backend: BackendName; reason: string }[];
}

/** The backends to try for a preference: 'auto' → all in order; a named one → it and those after it. */
export function backendCandidates(preferred: BackendPreference): BackendName[] {
  if (preferred === 'auto') return [...BACKEND_ORDER];
  const start = BACKEND_ORDER.indexOf(preferred);
  if (start < 0)
    throw new RangeError(`Unknown backend '${String(preferred)}'. Choose auto, webgpu, webgl, wasm or cpu.`);
  return BACKEND_ORDER.slice(start);
}

/** Why a backend cannot be had here, checked without touching it; null when it may work. */
function unavailable(name: BackendName, wasmPaths: WasmPaths | undefined): string | null {
  const scope = globalThis as { navigator?: { gpu?: unknown }; OffscreenCanvas?: unknown; document?: unknown };
  if (name === 'webgpu' && !scope.navigator?.gpu) return 'this environment has no WebGPU (navigator.gpu is missing)';
  if (name === 'webgl' && scope.OffscreenCanvas === undefined && scope.document === undefined)
    return 'there is no canvas to get a WebGL context from';
  if (name === 'wasm' && wasmPaths === undefined) return 'no location of the .wasm files was given (wasmPaths)';
  return null;
}

/** Loads and registers backends that do not come with @tensorflow/tfjs (kept out of the bundle until needed). */
async function register(name: BackendName, wasmPaths: WasmPaths | undefined): Promise<void> {
  if (name === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu');
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(wasmPaths as WasmPaths);
    // tfjs's matMul gradients pass transpose flags, which tfjs-wasm runs outside XNNPACK (wasm-matmul.ts).
    useFlagFreeMatMulOnWasm();
  }
}

/** A few ops with known results; a backend that gets them wrong (a lost GPU context, say) is not used. */
async function computesRight(): Promise<boolean> {
  const result = tf.tidy(() =>
    tf.concat([
      tf.reshape(
        tf.matMul(
          tf.tensor2d([
            [1, 2],
            [3, 4],
          ]),
          tf.tensor2d([[5], [6]]),
        ),
        [-1],
      ),
      tf.sigmoid(tf.tensor1d([0])),
    ]),
  );
  const values = await result.data();
  result.dispose();
  return values[0] === 17 && values[1] === 39 && Math.abs(values[2] - 0.5) < 1e-6;
}

/**
 * Switches tfjs to the first backend that works, trying `preferred` and those after it in
 * BACKEND_ORDER. Side effect: sets the global tfjs backend. Throws, listing every reason, when none works.
 */
export async function initBackend(
  preferred: BackendPreference = 'auto',
  options: { wasmPaths?: WasmPaths } = {},
): Promise<BackendChoice> {
  // In Node, tfjs's CPU backend greets with advice to install tfjs-node (a native build we cannot
  // ship); production mode silences that console noise, which would otherwise reach CLI users.
  if (tf.env().getBool('IS_NODE')) tf.env().set('PROD', true);
  const skipped: BackendChoice['skipped'] = [];
  for (const name of backendCandidates(preferred)) {
    const reason = unavailable(name, options.wasmPaths);
    if (reason) {
      skipped.push({ backend: name, reason });
      continue;
    }
    try {
      await register(name, options.wasmPaths);
      if (!(await tf.setBackend(name))) throw new Error('tfjs could not initialise it');
      await tf.ready();
      if (!(await computesRight())) throw new Error('it returned wrong results on a test computation');
      return { backend: name, skipped };
    } catch (error) {
      skipped.push({ backend: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(`No tfjs backend could be started: ${skipped.map((s) => `${s.backend}: ${s.reason}`).join('; ')}.`);
}

/**
 * Calls `onLost` if the WebGL context behind the current backend is lost (the GPU was reset or
 * reclaimed), so training can stop instead of going on with garbage; returns an unsubscribe
 * function. Does nothing on other backends.
 */
export function onBackendLost(onLost: () => void): () => void {
  if (tf.getBackend() !== 'webgl') return () => {};
  const canvas = (tf.backend() as unknown as { gpgpu?: { gl?: { canvas?: EventTarget } } }).gpgpu?.gl?.canvas;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const listener = () => onLost();
  canvas.addEventListener('webglcontextlost', listener);
  return () => canvas.removeEventListener('webglcontextlost', listener);
}
