// The views for data of more than two features, on the digits lesson (64 pixels, 10 classes): while it trains, the
// confusion matrix and the first-layer weight images change from one epoch to a later one; the boundary is drawn
// over the PCA plane and can be switched to two chosen columns. Screenshots of both moments go to test-results.
import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { setNumberField } from './support/editor';

test.setTimeout(90_000);

/** A hash of every unit image's pixels. */
async function unitImagesHash(page: Page): Promise<string> {
  const urls = await page
    .locator('canvas[data-testid^="unit-image-"]')
    .evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL('image/png')));
  expect(urls.length).toBe(32);
  return createHash('sha1').update(urls.join('|')).digest('hex');
}

async function epoch(page: Page): Promise<number> {
  return Number(await page.getByTestId('counter-epoch').innerText());
}

/** The confusion counts and unit images shown now, with a screenshot of the Classes tab. */
async function reading(page: Page, name: string) {
  const matrix = page.getByTestId('confusion-matrix');
  const counts = (await matrix.getAttribute('data-counts')) ?? '';
  const step = Number(await matrix.getAttribute('data-step'));
  const images = await unitImagesHash(page);
  await page.getByTestId('dock').screenshot({ path: test.info().outputPath(`${name}.png`) });
  return { counts, step, images };
}

test.describe.serial('views for more than two features (digits)', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto('/');
    await page.getByTestId('btn-presets').click();
    await page.getByTestId('preset-digits-one-hidden').click();
    await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('the confusion matrix and the first-layer weight images update while the digits train', async () => {
    await page.getByTestId('dock-tab-classes').click();
    // Many epochs at a small learning rate, so that the run is still going, and still learning, when looked at twice.
    await setNumberField(page, 'training-epochs', 500);
    await setNumberField(page, 'training-learningRate', 0.001);
    await page.getByTestId('btn-train').click();
    await expect.poll(() => epoch(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('confusion-matrix')).toBeVisible();
    await expect(page.getByTestId('unit-images')).toBeVisible();
    const early = await reading(page, 'digits-early');
    await expect(page.getByTestId('btn-pause')).toBeVisible();
    const earlyEpoch = await epoch(page);
    // Far enough apart that the small steps show in the 8-bit pixels of every unit image.
    await expect.poll(() => epoch(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(earlyEpoch + 25);
    // The weights (and so the unit images) follow the run on their own clock: on a fast machine 25 epochs can pass
    // between two of their updates, so wait for the next one rather than read at once.
    await expect.poll(() => unitImagesHash(page), { timeout: 30_000 }).not.toBe(early.images);
    const later = await reading(page, 'digits-later');
    // Still training when read: the views updated during the run, not only at its end.
    await expect(page.getByTestId('btn-pause')).toBeVisible();
    expect(later.step).toBeGreaterThan(early.step);
    expect(later.counts).not.toBe(early.counts);
    expect(later.images).not.toBe(early.images);

    // Paused, the views hold still: every validation sample counted once, the wrong ones all in the gallery.
    await page.getByTestId('btn-pause').click();
    await expect(page.getByTestId('btn-train')).toBeEnabled();
    const matrix = page.getByTestId('confusion-matrix');
    const gallery = page.getByTestId('misclassified-gallery');
    // Read together, once the last grid after the pause has arrived: the matrix and the gallery show the same moment,
    // ten classes, round(0.2 × 1,797) = 359 held-out digits each counted once, and the wrong ones all in the gallery.
    const readViews = async () => {
      const total = ((await matrix.getAttribute('data-counts')) ?? '').split(',').map(Number);
      const diagonal = total.filter((_, i) => i % 11 === 0).reduce((a, b) => a + b, 0);
      return {
        sameStep: (await matrix.getAttribute('data-step')) === (await gallery.getAttribute('data-step')),
        cells: total.length,
        counted: total.reduce((a, b) => a + b, 0),
        wrongShown: Number(await gallery.getAttribute('data-count')),
        wrongCounted: 359 - diagonal,
      };
    };
    await expect
      .poll(async () => {
        const v = await readViews();
        return v.sameStep && v.wrongShown === v.wrongCounted;
      })
      .toBe(true);
    const views = await readViews();
    expect(views.cells).toBe(100);
    expect(views.counted).toBe(359);
    const wrong = views.wrongShown;
    await expect(page.locator('[data-testid^="class-score-"]')).toHaveCount(10);
    if (wrong > 0) await expect(page.getByTestId('misclassified-0').locator('canvas')).toBeVisible();
  });

  test('the boundary is drawn over the PCA plane, and over two chosen columns when picked', async () => {
    await page.getByTestId('dock-tab-boundary').click();
    await expect(page.getByTestId('boundary-plane')).toContainText('PC1');
    const before = await page.getByTestId('boundary-canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await page.getByTestId('boundary-projection').selectOption('features');
    await page.getByTestId('boundary-axis-x').selectOption('20');
    await page.getByTestId('boundary-axis-y').selectOption('43');
    await expect(page.getByTestId('boundary-plane')).toContainText('other columns at their means');
    await expect
      .poll(() => page.getByTestId('boundary-canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL()))
      .not.toBe(before);
    await page.getByTestId('dock').screenshot({ path: test.info().outputPath('digits-two-columns.png') });
  });
  test('each hidden unit is drawn over the same plane as the boundary', async () => {
    await page.getByTestId('dock-tab-neurons').click();
    const rows = page.locator('[data-testid^="neuron-row-"]');
    // Linear 32 → ReLU → Linear 10 → softmax: a row per node, a picture per unit.
    await expect(rows).toHaveCount(4, { timeout: 20_000 });
    await expect(rows.first().locator('canvas')).toHaveCount(32);
    await expect(rows.nth(2).locator('canvas')).toHaveCount(10);
    // The previous test left the boundary on two chosen columns; the units say they are drawn over the same.
    await expect(page.getByTestId('neurons-plane')).toContainText('other columns at their means');
    // A unit's picture is not flat: the plane crosses where it changes.
    const spread = await rows
      .first()
      .locator('canvas')
      .first()
      .evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        return new Set(Array.from({ length: data.length / 4 }, (_, i) => data[i * 4] * 65536 + data[i * 4 + 2])).size;
      });
    expect(spread).toBeGreaterThan(1);
    await page.getByTestId('dock').screenshot({ path: test.info().outputPath('digits-neurons.png') });
  });
  test('side-by-side runs are drawn over the same plane, picked in their boundary view', async () => {
    await page.getByTestId('btn-duplicate-run').click();
    await page.getByTestId('dock-tab-boundary').click();
    await page.getByTestId('btn-step-epoch').click();
    const canvases = ['run-1', 'run-2'].map((run) =>
      page.getByTestId(`run-boundary-${run}`).getByTestId('boundary-canvas'),
    );
    for (const canvas of canvases) await expect(canvas).toBeVisible({ timeout: 30_000 });
    // The two columns picked earlier hold for both runs; one picker serves them.
    await expect(page.getByTestId('boundary-projection')).toHaveValue('features');
    await expect(page.getByTestId('boundary-plane')).toContainText('other columns at their means');
    const before = await canvases[1].evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await page.getByTestId('boundary-projection').selectOption('pca');
    await expect(page.getByTestId('boundary-plane')).toContainText('PC1');
    await expect
      .poll(() => canvases[1].evaluate((c) => (c as HTMLCanvasElement).toDataURL()), { timeout: 15_000 })
      .not.toBe(before);
    await page.getByTestId('dock').screenshot({ path: test.info().outputPath('digits-runs-pca.png') });
  });
});
