// The Weights and Neurons views follow the timeline: after a moons run, scrubbing the boundary's
// timeline back shows the weights (and the units drawn from them) the network had at that moment,
// labelled with its epoch; back at the end they show the live ones again.
import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';

test.setTimeout(90_000);

/** A hash of every canvas under the elements whose test id starts with `prefix`. */
async function canvasesHash(page: Page, prefix: string): Promise<string> {
  const urls = await page
    .locator(`[data-testid^="${prefix}"] canvas, canvas[data-testid^="${prefix}"]`)
    .evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL('image/png')));
  expect(urls.length).toBeGreaterThan(0);
  return createHash('sha1').update(urls.join('|')).digest('hex');
}

/**
 * The hash once it stops changing: the last weights of a finished run are read just after it stops, so the
 * views may redraw once more after the Train button comes back.
 */
async function settledHash(page: Page, prefix: string): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        const previous = last;
        last = await canvasesHash(page, prefix);
        return last === previous;
      },
      { intervals: [500], timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

test(
  'scrubbing the timeline to an early moment shows its weights in the Weights view and its units in the ' +
    'Neurons view, and live again at the end',
  async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('btn-presets').click();
    await page.getByTestId('preset-moons-2-10-1').click();
    await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
    await page.getByTestId('btn-train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('counter-epoch').innerText()), { timeout: 60_000 })
      .toBe(1000);
    await expect(page.getByTestId('btn-train')).toBeEnabled();

    await page.getByTestId('dock-tab-weights').click();
    await expect(page.getByTestId('weights-moment')).toHaveText('live');
    const live = await settledHash(page, 'kernel-heatmap-');
    const liveCaptions = await page.locator('[data-testid^="kernel-value-"]').allInnerTexts();
    await page.getByTestId('dock-tab-neurons').click();
    await expect(page.getByTestId('neurons-moment')).toHaveText('live');
    const liveUnits = await settledHash(page, 'neuron-row-');

    await page.getByTestId('dock-tab-boundary').click();
    await page.getByTestId('boundary-scrubber').fill('0');
    await expect(page.getByTestId('boundary-moment')).toHaveText('epoch 0');
    await page.getByTestId('dock-tab-weights').click();
    await expect(page.getByTestId('weights-moment')).toHaveText('weights at epoch 0');
    expect(await canvasesHash(page, 'kernel-heatmap-')).not.toBe(live);
    // The initial weights are smaller than the trained ones: the captions' largest magnitudes differ.
    expect(await page.locator('[data-testid^="kernel-value-"]').allInnerTexts()).not.toEqual(liveCaptions);
    // The Neurons view draws each unit at that moment's weights too.
    await page.getByTestId('dock-tab-neurons').click();
    await expect(page.getByTestId('neurons-moment')).toHaveText('units at epoch 0');
    expect(await canvasesHash(page, 'neuron-row-')).not.toBe(liveUnits);

    await page.getByTestId('dock-tab-boundary').click();
    await page.getByTestId('boundary-live').click();
    await page.getByTestId('dock-tab-weights').click();
    await expect(page.getByTestId('weights-moment')).toHaveText('live');
    expect(await canvasesHash(page, 'kernel-heatmap-')).toBe(live);
    await page.getByTestId('dock-tab-neurons').click();
    await expect(page.getByTestId('neurons-moment')).toHaveText('live');
    expect(await canvasesHash(page, 'neuron-row-')).toBe(liveUnits);
  },
);
