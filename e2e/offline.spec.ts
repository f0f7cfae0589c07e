// The offline web build: after one visit the service worker has stored the app, so with the
// network off a reload still starts it and it trains (the worker, tfjs and its wasm files all come
// from the worker's cache). Automated browsers get the service worker only when asked (?sw=1).
import { expect, test } from '@playwright/test';
import { nodeCards } from './support/editor';

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
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');

  await context.setOffline(true);
  await page.reload();
  await expect(nodeCards(page).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.getByTestId('btn-train').click();
  await expect(page.getByTestId('backend-badge')).toHaveText(/^(WebGPU|WebGL|WASM|CPU|JS)$/, { timeout: 30_000 });
  await expect.poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 30_000 }).toBeGreaterThan(5);
  await expect(page.getByTestId('training-error')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('without the service worker, the same offline reload fails (the check above is not vacuous)', async ({ page, context }) => {
  await page.goto('/');
  await expect(nodeCards(page).first()).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});
