#!/usr/bin/env node
// Bundles the Electron main process and its preload into dist/electron/ (main.cjs, preload.cjs).
// Everything but 'electron' is bundled in, so the packaged app needs no node_modules. The
// preload runs sandboxed, where require() offers only Electron's own modules: it must be one file.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22 in both processes.
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...shared, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...shared, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
