// Screenshots of the main window in the light and dark themes at 1280×800 and 1920×1080, for
// checking the layout by eye. Serves the built renderer (run `npm run build:renderer` first) and
// writes test-results/screenshots/main-<theme>-<width>x<height>.png.
//   npx tsx scripts/screenshots.ts
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4174;
const OUT = join('test-results', 'screenshots');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs / 1000} s; is dist/renderer built?`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Started directly (not through npx) so that killing this PID stops the server itself.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'vite.config.ts', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--no-sandbox'],
  });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url);
    for (const theme of THEMES) {
      for (const size of SIZES) {
        const page = await browser.newPage({ viewport: size, colorScheme: theme });
        await page.goto(url);
        await page.getByTestId('node-input-1').waitFor();
        if (process.env.SELECT) await page.getByTestId(`node-${process.env.SELECT}`).click();
        await page.waitForTimeout(400);
        const file = join(OUT, `main-${theme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
