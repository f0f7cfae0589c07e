/**
 * What the scripts and benchmarks that drive the built app in Chromium share: a `vite preview`
 * server over the built renderer, and Debian's Chromium launched quiet (no background traffic).
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/** A running preview server and the address it answers at. */
export interface PreviewServer {
  url: string;
  stop(): void;
}

/**
 * Serves the built renderer (`outDir`, default dist/renderer) on 127.0.0.1:`port` and resolves once
 * it answers. Vite is started directly, not through npx, so that stop() ends the server itself.
 */
export async function startPreview(
  port: number,
  { outDir, timeoutMs = 30_000 }: { outDir?: string; timeoutMs?: number } = {},
): Promise<PreviewServer> {
  const args = [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--config',
    'vite.config.ts',
    ...(outDir ? ['--outDir', outDir] : []),
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ];
  const server = spawn(process.execPath, args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
  }
  server.kill();
  throw new Error(
    `The preview server did not answer at ${url} within ${timeoutMs / 1000} s; build the renderer first (npm run build:renderer).`,
  );
}

/** Chromium at CHROMIUM_PATH (default /usr/bin/chromium), without background networking, sync or first-run work. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--no-sandbox',
    ],
  });
}
