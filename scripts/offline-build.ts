// The offline web build: a service worker (vite-plugin-pwa, generateSW) that precaches every file
// of dist/renderer, and a web app manifest so a teacher can install the page as an app. Paths stay
// relative (base './'), so the build works from any folder of any web server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ICON_SIZES = [256, 512] as const;

/** Copies the app icon into the build for the manifest (the renderer has no public folder). */
function manifestIcons(): Plugin {
  return {
    name: 'mlp-manifest-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/icon-${size}.png`,
          source: readFileSync(join('assets', 'icons', 'png', `${size}x${size}.png`)),
        });
      }
    },
  };
}

/** The service worker and manifest plugins; the page registers the worker itself (renderer/features/offline/), and never in Electron. */
export function offlineBuild(): Plugin[] {
  return [
    manifestIcons(),
    ...VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'MLP Studio',
        short_name: 'MLP Studio',
        description:
          'Build neural networks visually and watch them learn: live loss, decision boundary and per-layer gradients.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#4f46e5',
        icons: ICON_SIZES.map((size) => ({
          src: `icons/icon-${size}.png`,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: 'any',
        })),
      },
      workbox: {
        // Everything the app needs to start and train: the page, scripts, the training workers, tfjs's wasm files, styles, icons.
        globPatterns: ['**/*.{html,js,css,wasm,png,svg,woff,woff2,webmanifest}'],
        // The training worker and tfjs are well over workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // ?welcome=1, ?grid=N and friends select behaviour, not another file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ];
}
