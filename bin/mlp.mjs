#!/usr/bin/env node
// The `mlp` command: runs the bundled CLI when it has been built (npm run build:cli), otherwise
// the TypeScript sources directly through tsx (a development checkout).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/mlp.mjs', import.meta.url));
const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const { runAsProcess } = existsSync(built)
  ? await import(pathToFileURL(built).href)
  : await (await import('tsx/esm/api')).tsImport(pathToFileURL(source).href, import.meta.url);
await runAsProcess(process.argv.slice(2));
