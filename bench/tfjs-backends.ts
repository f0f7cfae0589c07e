import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { nodeWasmPaths } from '../src/training/wasm-paths-node';

/** The tfjs backends Node can run without a GPU. */
export type TfjsBackend = 'cpu' | 'wasm';

/**
 * Points the WASM backend at its binaries on disk and tries each requested backend once;
 * returns those that initialise, with the reason for each that does not.
 */
export async function prepareBackends(
  requested: TfjsBackend[],
): Promise<{ available: TfjsBackend[]; failures: string[] }> {
  if (requested.includes('wasm')) setWasmPaths(nodeWasmPaths());
  const available: TfjsBackend[] = [];
  const failures: string[] = [];
  for (const name of requested) {
    try {
      if (await tf.setBackend(name)) available.push(name);
      else failures.push(`tfjs backend '${name}' did not initialise`);
    } catch (err) {
      failures.push(`tfjs backend '${name}' failed to start: ${(err as Error).message}`);
    }
  }
  return { available, failures };
}

/**
 * Runs `action` with console.warn muted for the cpu backend's one-off suggestion to install
 * tfjs-node (whose native binaries cannot be had here): that banner would land in the middle of
 * the first table. Every other warning still goes through.
 */
function withoutNodeBackendAdvert(action: () => void): void {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('install our node backend')) warn(...args);
  };
  try {
    action();
  } finally {
    console.warn = warn;
  }
}

/**
 * Throws tfjs's whole state away (tensors, variables, gradient tape, backend instances) and makes
 * a new instance of backend `name` the active one. Every run starts this way, so no run inherits
 * another's state: an exception inside tf.variableGrads can leave the tape recording, and a WASM
 * kernel fault can corrupt the module's heap, which no later run on that instance would survive.
 */
export async function freshBackend(name: TfjsBackend): Promise<void> {
  const engine = tf.engine();
  for (const backend of Object.values(engine.registry)) {
    const dispose = backend.dispose.bind(backend);
    // Freed wholesale below; tensor by tensor, a corrupted WASM heap would fault.
    backend.disposeData = () => true;
    backend.dispose = () => {
      try {
        dispose();
      } catch {
        // A module whose heap was corrupted cannot free itself; it is dropped all the same.
      }
    };
  }
  engine.reset();
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend '${name}' could not be started again.`);
  await tf.ready();
  if (name === 'cpu') withoutNodeBackendAdvert(() => tf.dispose(tf.scalar(0)));
}

/** Features of the WASM build in use (SIMD, threads), for the report's machine line. */
export async function wasmFeatures(): Promise<{ simd: boolean; threads: boolean }> {
  return {
    simd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')),
    threads: Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')),
  };
}
