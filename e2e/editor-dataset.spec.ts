// The Dataset panel: generator settings redraw the scatter preview, a CSV table with a target
// column becomes the dataset (and the Input's width), and a broken table is refused with its fault.
import { expect, type Page, test } from '@playwright/test';
import { expectGraph, openApp } from './support/editor';
import { fixturePath } from './support/fixtures';

/** The preview canvas's pixels, as a data URL. */
function previewPixels(page: Page): Promise<string> {
  return page.getByTestId('dataset-preview').evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

/** Imports a CSV file through the panel's button and the file chooser it opens. */
async function importCsv(page: Page, fileName: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('dataset-csv-import').click();
  await (await chooser).setFiles(fixturePath(fileName));
}

test.describe('dataset panel', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('kind, noise and regenerate each redraw the preview; undo brings the same picture back', async ({ page }) => {
    await expect.poll(() => previewPixels(page)).toMatch(/^data:image\/png/);
    const moons = await previewPixels(page);

    await page.getByTestId('dataset-kind').selectOption('circles');
    await expect.poll(() => previewPixels(page)).not.toBe(moons);
    const circles = await previewPixels(page);

    const noise = page.getByTestId('dataset-noise');
    await noise.fill('0.25');
    await noise.press('Enter');
    await expect.poll(() => previewPixels(page)).not.toBe(circles);
    const noisy = await previewPixels(page);

    const seed = page.getByTestId('dataset-seed');
    const oldSeed = await seed.inputValue();
    await page.getByTestId('dataset-regenerate').click();
    await expect(seed).not.toHaveValue(oldSeed);
    await expect.poll(() => previewPixels(page)).not.toBe(noisy);

    await page.keyboard.press('Control+z');
    await expect(seed).toHaveValue(oldSeed);
    await expect.poll(() => previewPixels(page)).toBe(noisy);
  });

  test('a CSV table with a class column becomes the dataset and widens the Input to its features', async ({ page }) => {
    await importCsv(page, 'flowers.csv');
    await expect(page.getByTestId('dataset-kind')).toHaveValue('csv');
    await expect(page.getByTestId('dataset-target-column')).toHaveValue('species');
    await expect(page.getByTestId('dataset-target-kind')).toHaveValue('class');
    const counts = page.getByTestId('dataset-counts');
    await expect(counts).toContainText('3 classes');
    // The fixture holds 18 rows; train and validation share them.
    const text = await counts.innerText();
    const train = Number(/train\s+(\d+)/.exec(text)?.[1]);
    const validation = Number(/validation\s+(\d+)/.exec(text)?.[1]);
    expect(train + validation).toBe(18);
    expect(validation).toBeGreaterThan(0);

    // Three feature columns: Input is [B, 3] and Linear 1 holds 3·8 + 8 weights.
    await expect(page.getByTestId('node-shape-input-1')).toHaveText('[B, 3]');
    await expect(page.getByTestId('node-params-dense-1')).toHaveText(`${3 * 8 + 8} params`);
    await expectGraph(page, { nodes: 6, params: 3 * 8 + 8 + 8 + 1 });
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
  });

  test('a CSV with a short row is refused with the row and the fix, and the dataset stays', async ({ page }) => {
    await importCsv(page, 'ragged.csv');
    const toast = page.getByTestId('toast');
    await expect(toast).toHaveAttribute('data-kind', 'error');
    await expect(toast).toContainText("'ragged.csv'");
    await expect(toast).toContainText('Row 5 has 2 fields but the header has 3');
    await expect(page.getByTestId('dataset-kind')).toHaveValue('moons');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect(page.getByTestId('node-shape-input-1')).toHaveText('[B, 2]');
  });
});
