// A sample of hostile and unlucky .mlp files (from the generators the unit fuzz uses) opened one
// after another through the Open button's file chooser: the app never blanks (toolbar, canvas and
// dock, or the classic workspace a file asks for, stay; no panel shows an error), and each file either opens or is refused with a message
// while the open project stays as it was. A project whose run and node ids are Object.prototype
// member names opens, shows its runs, and trains.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { nodeCards, openApp } from './support/editor';

/** Writes the sample into `folder` (see support/write-hostile-files.ts) and returns the hostile files' names. */
function writeSample(folder: string): string[] {
  const out = execFileSync('npx', ['tsx', 'e2e/support/write-hostile-files.ts', folder], { encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

/** Opens a file through the Open button and the file chooser it brings up. */
async function openThroughButton(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('btn-open').click();
  await (await chooser).setFiles(path);
}

/**
 * The app is all there: toolbar, canvas and dock (or the classic rules workspace a file may open in), and no panel
 * replaced by its error message.
 */
async function expectAppWhole(page: Page): Promise<void> {
  await expect(page.getByTestId('btn-save')).toBeVisible();
  await expect(
    page.locator('[data-testid="canvas"]:visible, [data-testid="classic-workspace"]:visible').first(),
  ).toBeVisible();
  if (!(await page.getByTestId('classic-workspace').isVisible())) await expect(page.getByTestId('dock')).toBeVisible();
  await expect(page.locator('[data-testid^="panel-error-"]')).toHaveCount(0);
}

test.describe('hostile files', () => {
  test('a sample of about twenty opens or is refused, and the app never blanks', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const folder = testInfo.outputPath('files');
    const names = writeSample(folder);
    expect(names.length).toBeGreaterThanOrEqual(20);
    await openApp(page);
    let outcomes = { opened: 0, refused: 0 };
    for (const name of names) {
      const path = join(folder, name);
      const nodesBefore = await nodeCards(page).count();
      const titleBefore = await page.getByTestId('file-name').innerText();
      await openThroughButton(page, path);
      const title = name.replace(/\.mlp$/, '');
      const refusal = page.getByTestId('toast').filter({ hasText: `Could not open '${name}'` });
      await expect(page.getByTestId('file-name').filter({ hasText: title }).or(refusal)).toBeVisible();
      if (await refusal.isVisible()) {
        outcomes = { ...outcomes, refused: outcomes.refused + 1 };
        await expect(refusal).toContainText('Your current project is unchanged.');
        await expect(page.getByTestId('file-name')).toHaveText(titleBefore);
        await expect(nodeCards(page)).toHaveCount(nodesBefore);
        await page.getByTestId('toast-close').click();
      } else {
        outcomes = { ...outcomes, opened: outcomes.opened + 1 };
      }
      await expectAppWhole(page);
    }
    expect(outcomes.opened).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a project whose runs and nodes carry Object.prototype member names opens, compares and steps', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const folder = testInfo.outputPath('files');
    writeSample(folder);
    await openApp(page);
    await openThroughButton(page, join(folder, 'constructor.mlp'));
    await expect(page.getByTestId('file-name')).toHaveText('constructor');
    await expect(page.getByTestId('run-tab-constructor')).toBeVisible();
    await expect(page.getByTestId('run-tab-toString')).toBeVisible();
    await expect(page.getByTestId('node-hasOwnProperty')).toBeVisible();
    await expect(page.getByTestId('run-summary-toString')).toBeVisible();
    // One batch stepped for every run in lock-step: each run's trace is read back under its own id.
    await page.getByTestId('btn-step').click();
    await expect
      .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 60_000 })
      .toBeGreaterThan(0);
    // Each run's status and readout find their own trace under their ids.
    const step = await page.getByTestId('counter-step').innerText();
    await expect(page.getByTestId('run-status-constructor')).toBeVisible();
    await expect(page.getByTestId('run-status-toString')).toBeVisible();
    await expect(page.getByTestId('run-metric-constructor')).toHaveAttribute('data-step', step);
    await expect(page.getByTestId('run-metric-toString')).toHaveAttribute('data-step', step);
    await expectAppWhole(page);
    expect(errors).toEqual([]);
  });
});
