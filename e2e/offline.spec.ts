// The offline web build: after one visit the service worker has stored the app, so with the
// network off a reload still starts it and it trains (the worker, tfjs and its wasm files all come
// from the worker's cache), also from a sub-folder of another server, and a newly deployed version
// is offered with Reload. Automated browsers get the service worker only when asked (?sw=1).
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nodeCards } from './support/editor';
import { serveFolder } from './support/static-server';

test.setTimeout(60_000);

test('after one visit, the app starts and trains with the network off', async ({ page, context }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/?sw=1');
  await expect(nodeCards(page).first()).toBeVisible();
  // The worker has installed (precached every file) and activated: the app says it works offline.
  await expect(page.getByTestId('toast')).toContainText('without a network', { timeout: 30_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe(
    'activated',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(nodeCards(page).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.getByTestId('btn-train').click();
  await expect(page.getByTestId('backend-badge')).toHaveText(/^(WebGPU|WebGL|WASM|CPU|JS)$/, { timeout: 30_000 });
  await expect
    .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 30_000 })
    .toBeGreaterThan(5);
  await expect(page.getByTestId('training-error')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('without the service worker, the same offline reload fails (the check above is not vacuous)', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(nodeCards(page).first()).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('the page starts from two scripts of its own, both compiled while they download', async ({ request }) => {
  const page = await (await request.get('/')).text();
  const scripts = [
    ...page.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g),
  ].map((m) => m[1]);
  // The entry (the app's start-up code), the start-up libraries and the bundler's few-line runtime: not thirty.
  expect(scripts.length).toBeLessThanOrEqual(3);
  const libraries = scripts.find((s) => /^assets\/start-libraries-[\w-]+\.js$/.test(s));
  expect(libraries, `start-up scripts: ${scripts.join(', ')}`).toBeDefined();
  const text = await (await request.get(`/${libraries}`)).text();
  expect(text).toContain('react-flow__viewport');
  for (const script of scripts.filter((s) => !s.includes('rolldown-runtime'))) {
    const first = (await (await request.get(`/${script}`)).text()).split('\n', 1)[0];
    expect(first, script).toBe('//# allFunctionsCalledOnLoad');
  }
});

test('hosted in a sub-folder, the app works offline and offers Reload when a new version is deployed', async ({
  page,
  context,
}, testInfo) => {
  const site = testInfo.outputPath('site');
  cpSync(join(process.cwd(), 'dist', 'renderer'), site, { recursive: true });
  const server = await serveFolder(site, '/class/mlp-studio/');
  try {
    await page.goto(`${server.url}?sw=1`);
    await expect(nodeCards(page).first()).toBeVisible();
    await expect(page.getByTestId('toast')).toContainText('without a network', { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(server.url);

    await context.setOffline(true);
    await page.reload();
    await expect(nodeCards(page).first()).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);

    // A new version is deployed: its service worker differs by a byte.
    appendFileSync(join(site, 'sw.js'), '\n// next version\n');
    await page.reload();
    await expect(page.getByTestId('update-prompt')).toContainText('A new version is ready', { timeout: 30_000 });
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('update-reload').click();
    await reloaded;
    await expect(nodeCards(page).first()).toBeVisible();
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
  } finally {
    await server.close();
  }
});
