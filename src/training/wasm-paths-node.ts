/**
 * Node only (tests, the CLI, benchmarks): where the installed @tensorflow/tfjs-backend-wasm keeps
 * its .wasm files. Browsers pass URLs of the bundled files instead (Vite's `?url` imports).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The package's dist/ folder as a path prefix ending in a separator, for setWasmPaths / initBackend. */
export function nodeWasmPaths(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';
}
