// `npm run web`, the README's way to run the app without the Electron binary, serves the source through Vite's
// development server, not the production build every other spec drives. It once started and drew the page while its
// training worker failed to load (tfjs pre-bundled in the wrong order) and was restarted for ever; this spec starts the
// development server as the README does and trains in it.
import { type ChildProcess, spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { nodeCards } from './support/editor';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
const URL = `http://127.0.0.1:${PORT}/`;

let server: ChildProcess | null = null;

test.describe('the development server (npm run web)', () => {
  // Its first start pre-bundles React, React Flow and tfjs, which takes a while on a small machine.
  test.setTimeout(180_000);

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', '--config', 'vite.config.ts', '--port', String(PORT), '--strictPort'],
      { stdio: 'ignore', env: { ...process.env, BROWSER: 'none' } },
    );
    for (const until = Date.now() + 120_000; Date.now() < until; await new Promise((r) => setTimeout(r, 500))) {
      try {
        if ((await fetch(URL)).ok) return;
      } catch {
        // Not listening yet.
      }
    }
    throw new Error(`The development server did not answer at ${URL} within 120 s.`);
  });

  test.afterAll(() => {
    server?.kill();
    server = null;
  });

  test('serves the app, and its worker trains', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(URL);
    await expect(nodeCards(page).first()).toBeVisible({ timeout: 90_000 });
    await page.getByTestId('btn-train').click();
    await expect(page.getByTestId('backend-badge')).toHaveText(/^(WebGPU|WebGL|WASM|CPU|JS)$/, { timeout: 90_000 });
    await expect
      .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 60_000 })
      .toBeGreaterThan(20);
    await expect(page.getByTestId('training-error')).toHaveCount(0);
    expect(problems, 'no script errors in the page').toEqual([]);
  });
});
