#!/usr/bin/env node
// Bundles the headless CLI (src/cli/main.ts) into dist/cli/mlp.mjs; npm packages stay external
// so tfjs and its wasm files are loaded from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/mlp.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
