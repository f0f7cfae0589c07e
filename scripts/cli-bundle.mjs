// The CLI bundle: src/cli/main.ts with every npm package it uses (tfjs included) in one ES module,
// plus tfjs-backend-wasm's .wasm binaries in a wasm/ folder beside it, so `node mlp.mjs` runs with
// no node_modules at all (an `npm pack` tarball installed without dev dependencies, or the desktop
// package's resources/cli folder).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

/** Packages the bundle may leave to Node: only tfjs's fetch for URLs, which the CLI never calls. */
export const EXTERNAL = ['node-fetch'];

/** The wasm binaries' folder inside the installed @tensorflow/tfjs-backend-wasm. */
function wasmSourceDir() {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
}

/** Builds `outdir`/mlp.mjs (with a source map unless `sourcemap` is false) and `outdir`/wasm/*.wasm; returns the bundle's path. */
export async function buildCli(outdir, { sourcemap = true, root = process.cwd() } = {}) {
  const outfile = path.join(outdir, 'mlp.mjs');
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS (tfjs, and the wasm backend's loader) uses require, __dirname and __filename,
    // which an ES module lacks; they are defined from the bundle's own location.
    banner: {
      js: [
        "import { createRequire as __mlpCreateRequire } from 'node:module';",
        "import { fileURLToPath as __mlpFileURLToPath } from 'node:url';",
        'const require = __mlpCreateRequire(import.meta.url);',
        'const __filename = __mlpFileURLToPath(import.meta.url);',
        "const __dirname = __mlpFileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
    sourcemap,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const wasmDir = path.join(outdir, 'wasm');
  mkdirSync(wasmDir, { recursive: true });
  for (const name of readdirSync(wasmSourceDir()).filter((n) => n.endsWith('.wasm'))) {
    copyFileSync(path.join(wasmSourceDir(), name), path.join(wasmDir, name));
  }
  return outfile;
}
