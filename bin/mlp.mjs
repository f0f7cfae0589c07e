#!/usr/bin/env node
// The `mlp` command. An installed package runs its bundle (dist/cli/mlp.mjs, built by
// npm run build:cli). A source checkout bundles src/cli on first use and again whenever a source
// file is newer than the bundle, into node_modules/.cache/mlp-cli, so it always runs the current
// code: tfjs's parts cannot be loaded by Node from their ES module files unbundled.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceEntry = path.join(root, 'src/cli/main.ts');

/** The newest modification time under `dir`, in whole milliseconds. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : Math.floor(statSync(full).mtimeMs);
    if (time > newest) newest = time;
  }
  return newest;
}

/** The path of a bundle of the current sources, building it when none is up to date. */
async function sourceBundle() {
  const stamp = Math.max(
    newestMtime(path.join(root, 'src')),
    Math.floor(statSync(path.join(root, 'package-lock.json')).mtimeMs),
  );
  const cache = path.join(root, 'node_modules/.cache/mlp-cli');
  const ready = path.join(cache, String(stamp));
  if (!existsSync(path.join(ready, 'mlp.mjs'))) {
    mkdirSync(cache, { recursive: true });
    const building = path.join(cache, `.building-${process.pid}-${Date.now()}`);
    const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/cli-bundle.mjs')).href);
    await buildCli(building, { root });
    try {
      renameSync(building, ready);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another process finished the same build first
    }
    for (const old of readdirSync(cache)) {
      if (old !== String(stamp) && !old.startsWith('.'))
        rmSync(path.join(cache, old), { recursive: true, force: true });
    }
  }
  return path.join(ready, 'mlp.mjs');
}

const bundle = existsSync(sourceEntry) ? await sourceBundle() : path.join(root, 'dist/cli/mlp.mjs');
const { runAsProcess } = await import(pathToFileURL(bundle).href);
await runAsProcess(process.argv.slice(2));
