// The production Content-Security-Policy holds while the app does its riskiest work: reading a
// .mlp file a person was sent, then training (worker, WASM/WebGL backends, live charts). Every
// `securitypolicyviolation` event is recorded from before the first script runs, and every
// "Content Security Policy" console message (workers' included), and there must be none.
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/** Training runs on this machine's CPU: room for the backend choice and a few hundred steps. */
test.setTimeout(90_000);

/** What the page records of each violation, enough to find the offending code. */
interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** Installs the recorder before any of the app's scripts run, on the document and its frames. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push({
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        }),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

test('opening a .mlp file and training raise no Content-Security-Policy violation', async ({ page }) => {
  const readViolations = await recordViolations(page);
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleReports.push(message.text());
  });

  await page.goto('/');
  // The built page's own policy, not the dev server's looser one.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  await expect(page.locator('[data-testid^="node-"][data-kind]').first()).toBeVisible();

  // Open a project the way a file from a colleague arrives: through the file input.
  await page
    .getByTestId('open-file-input')
    .setInputFiles(join(process.cwd(), 'assets', 'examples', 'moons-2-10-1.mlp'));
  await expect(page.getByTestId('file-name')).toContainText('moons-2-10-1');

  await page.getByTestId('btn-train').click();
  // Training really ran (the worker started, a backend was chosen, steps were taken and reported)...
  await expect
    .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 60_000 })
    .toBeGreaterThan(20);
  // ...and ran to the example's last epoch, so every live view has drawn too.
  await expect(page.getByTestId('btn-train')).toBeEnabled({ timeout: 60_000 });

  expect({ events: await readViolations(), console: consoleReports }).toEqual({ events: [], console: [] });
});

test('the recorder does see a violation when one happens (an inline script the policy refuses)', async ({ page }) => {
  const readViolations = await recordViolations(page);
  await page.goto('/');
  await expect(page.locator('[data-testid^="node-"][data-kind]').first()).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect
    .poll(readViolations)
    .toContainEqual(expect.objectContaining({ directive: expect.stringMatching(/^script-src/), blocked: 'inline' }));
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
});
