import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeWasmPaths } from '../training/wasm-paths-node';

/**
 * Where the CLI finds tfjs-backend-wasm's binaries: the wasm/ folder beside the bundle
 * (scripts/cli-bundle.mjs puts them there, so an install without node_modules works), else the
 * installed package when running from the sources.
 */
export function cliWasmPaths(): string {
  const beside = fileURLToPath(new URL('./wasm/', import.meta.url));
  return existsSync(beside) ? beside : nodeWasmPaths();
}
