// Vite builds the renderer for Electron and the web alike (base './' so file:// works), and serves
// it in development. The production page carries a strict Content-Security-Policy; only the dev
// server relaxes it, because hot reload injects an inline script and talks over a WebSocket.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { aboutModule } from './scripts/licences';
import { offlineBuild } from './scripts/offline-build';
import { compileAllHint, startUpGroups } from './scripts/start-up-chunks';

const DEV_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; worker-src 'self' blob:; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' ws: wss:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

/** Swaps the page's CSP for the dev policy while serving; builds keep the strict one from index.html. */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'mlp-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, `$1${DEV_CSP}$2`);
    },
  };
}

export default defineConfig({
  root: '.',
  base: './',
  // aboutModule: the version and bundled libraries' licences for the About dialog, read at build time;
  // offlineBuild: the service worker and web app manifest of the offline web build;
  // compileAllHint: V8 compiles the start-up libraries while they download (scripts/start-up-chunks.ts).
  plugins: [react(), devContentSecurityPolicy(), aboutModule(), offlineBuild(), compileAllHint()],
  build: {
    outDir: 'dist/renderer',
    emptyOutDir: true,
    // tfjs alone is over the default warning size; the renderer is loaded from disk, not a network.
    chunkSizeWarningLimit: 4096,
    // The start-up code in two files instead of thirty-odd small shared chunks (scripts/start-up-chunks.ts).
    rolldownOptions: { output: { codeSplitting: { groups: startUpGroups } } },
  },
  // Pre-bundled up front, or the dev server reloads the page when the training worker first imports tfjs.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs-core',
      // The deep imports of src/training/tf-parts.ts too: found later, they would be bundled with a second copy of
      // tfjs-core, whose flags the first copy cannot evaluate ("Cannot evaluate flag 'DEBUG'"), and training would
      // never start under `npm run web`.
      '@tensorflow/tfjs-core/dist/register_all_gradients',
      '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops',
      '@tensorflow/tfjs-layers',
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-webgl',
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-backend-webgpu',
    ],
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
