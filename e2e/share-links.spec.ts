// Share as a link: a lesson with changed settings travels in the link's fragment and opens
// identical in a fresh browser; a damaged link is refused like a damaged file, and a link never
// replaces unsaved work without asking.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { nodeCards, openApp, selectNode, setNumberField } from './support/editor';
import { elementsWithoutTooltip } from './support/tooltip-coverage';

/** Clicks Save and returns the downloaded project without the timestamps that differ between saves. */
async function savedProject(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<string, unknown> & {
    meta: Record<string, unknown>;
  };
  const { created: _created, modified: _modified, ...meta } = file.meta;
  return { ...file, meta };
}

/** Opens the share dialog with the keyboard and reads the link it made. */
async function copyLink(page: Page): Promise<string> {
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  await expect(page.getByTestId('share-link-url')).toHaveValue(/#p=[A-Za-z0-9_-]+$/);
  const url = await page.getByTestId('share-link-url').inputValue();
  await page.getByTestId('share-close').click();
  return url;
}

async function setLearningRate(page: Page, value: string): Promise<void> {
  await page.getByTestId('training-learningRate').fill(value);
  await page.getByTestId('training-learningRate').press('Enter');
}

test('a lesson with changed settings opens identical from its link in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await page.getByTestId('btn-presets').click();
  await page.getByTestId('preset-deep-sigmoid').click();
  await expect(page.getByTestId('file-name')).toContainText('deep-sigmoid');
  await setLearningRate(page, '0.37');
  await page.getByTestId('btn-expand-group-1').click();
  await selectNode(page, 'dense-1');
  await setNumberField(page, 'field-units', 12);
  await page.getByTestId('notes').fill('Watch the first layer.');

  const url = await copyLink(page);
  expect(url.length).toBeLessThan(4096);
  expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  const original = await savedProject(page);

  const context = await browser.newContext();
  try {
    const student = await context.newPage();
    await student.goto(url);
    await expect(student.getByTestId('file-name')).toContainText(/Vanishing|sigmoid/i);
    await expect(student.getByTestId('training-learningRate')).toHaveValue('0.37');
    await expect(nodeCards(student)).toHaveCount(await nodeCards(page).count());
    // The fragment is gone, so a reload cannot open the link again over the student's edits.
    expect(new URL(student.url()).hash).toBe('');
    expect(await savedProject(student)).toEqual(original);
  } finally {
    await context.close();
  }
});

test('a damaged link is refused like a damaged file, and a good one asks before replacing unsaved work', async ({
  page,
}) => {
  await openApp(page);
  const good = await copyLink(page);
  await setLearningRate(page, '0.42');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();

  // Pasted into the address bar of the open page: only the fragment changes (hashchange).
  const payload = new URL(good).hash.slice('#p='.length);
  await page.goto(`/#p=${payload.slice(0, 20)}!${payload.slice(21)}`);
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText("Could not open 'Shared link.mlp': This link is damaged");
  await expect(toast).toContainText('Your current project is unchanged');
  await expect(page.getByTestId('training-learningRate')).toHaveValue('0.42');
  await page.getByTestId('toast-close').click();

  await page.goto(`/#p=${payload.slice(0, Math.floor(payload.length / 2))}`);
  await expect(toast).toContainText('This link is damaged');
  await expect(page.getByTestId('training-learningRate')).toHaveValue('0.42');

  await page.goto(`/#p=${payload}`);
  await expect(page.getByTestId('confirm-dialog')).toContainText('not saved');
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('training-learningRate')).toHaveValue('0.42');
  expect(new URL(page.url()).hash).toBe('');
});

test('the presenter view shows the lesson link as a QR code filling most of the screen', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('btn-copy-link').click();
  await expect(page.getByTestId('share-link-size')).toHaveAttribute('data-shareable', 'true');
  expect(await elementsWithoutTooltip(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await page.getByTestId('btn-lesson-qr').click();
  const code = page.getByTestId('lesson-qr');
  await expect(code).toHaveAttribute('data-url', /^http:\/\/127\.0\.0\.1:\d+\/#p=[A-Za-z0-9_-]+$/);
  const box = await code.boundingBox();
  expect(box?.height).toBeGreaterThan(0.6 * (page.viewportSize()?.height ?? 0));
  // The page is served from this computer, which phones in the room cannot reach: the caption says so.
  await expect(page.getByTestId('lesson-qr-caption')).toContainText('only works on this computer');
  expect(await elementsWithoutTooltip(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lesson-qr-dialog')).toHaveCount(0);
});
