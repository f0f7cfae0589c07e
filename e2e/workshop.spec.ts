// Workshop fidelity: the moons lesson's run leaves a timeline of moments by training progress (and a
// GIF of them), a watchable pace shows the learning over seconds, and a plain Save keeps what was
// trained, so the reopened project shows the same step and accuracy.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseGif } from '../renderer/features/boundary/gif-parse';

test.setTimeout(90_000);

async function openMoons(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId('preset-moons-2-10-1').click();
  await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
}

async function epoch(page: Page): Promise<number> {
  return Number(await page.getByTestId('counter-epoch').innerText());
}

/** The validation accuracy the dock shows ("97.5%"), as a fraction; NaN for a dash. */
async function validationAccuracy(page: Page): Promise<number> {
  const text = (await page.getByTestId('metric-val-acc').first().innerText()).trim();
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number.NaN;
}

/** Trains the lesson's 1000 epochs at full speed and waits until it stopped by itself. */
async function trainToEnd(page: Page): Promise<void> {
  await page.getByTestId('btn-train').click();
  await expect.poll(() => epoch(page), { timeout: 60_000 }).toBe(1000);
  await expect(page.getByTestId('btn-train')).toBeEnabled();
  await expect(page.getByTestId('training-notice')).toContainText('1000 epochs');
}

/** A hash of what the boundary canvas shows now. */
async function boundaryHash(page: Page): Promise<string> {
  const url = await page
    .getByTestId('boundary-canvas')
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL('image/png'));
  return createHash('sha1').update(url).digest('hex');
}

test('the moons lesson at full speed leaves at least 100 moments on the scrubber and at least 100 GIF frames', async ({
  page,
}) => {
  await openMoons(page);
  await trainToEnd(page);
  await page.getByTestId('dock-tab-boundary').click();
  // The picture in words, for screen readers: the trained moons network's regions hold nearly every held-out point.
  const words = (await page.getByTestId('boundary-canvas').getAttribute('aria-label')) ?? '';
  const inOwn = /of the plane, class \d \d+ %, class \d \d+ %\. (\d+) of (\d+) validation points lie in their own/.exec(
    words,
  );
  expect(inOwn, words).not.toBeNull();
  expect(Number(inOwn![1]) / Number(inOwn![2])).toBeGreaterThan(0.85);
  const scrubber = page.getByTestId('boundary-scrubber');
  // The scrubber's positions are the moments, 0 … max.
  await expect
    .poll(async () => Number(await scrubber.getAttribute('max')), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(99);
  const moments = Number(await scrubber.getAttribute('max')) + 1;
  // Moments span the run: the first shows epoch 0, an early one an early epoch.
  await scrubber.fill('0');
  await expect(page.getByTestId('boundary-moment')).toHaveText('epoch 0');
  await scrubber.fill('10');
  expect(Number((await page.getByTestId('boundary-moment').innerText()).replace(/\D/g, ''))).toBeLessThan(100);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-gif-boundary').click();
  const gif = parseGif(new Uint8Array(readFileSync((await (await download).path()) as string)));
  expect(gif.frames.length).toBe(moments);
  expect(gif.frames.length).toBeGreaterThanOrEqual(100);
});

test('at a watchable pace the epoch counter and the boundary keep changing for over 10 seconds', async ({ page }) => {
  await openMoons(page);
  // 20 epochs a second: the lesson's 1000 epochs play over 50 s.
  await page.getByTestId('training-speed').selectOption('20');
  await page.getByTestId('dock-tab-boundary').click();
  await page.getByTestId('btn-train').click();
  await expect.poll(() => epoch(page), { timeout: 30_000 }).toBeGreaterThan(0);
  const samples: { at: number; epoch: number; hash: string }[] = [];
  const sample = async () => samples.push({ at: Date.now(), epoch: await epoch(page), hash: await boundaryHash(page) });
  await sample();
  while (Date.now() - samples[0].at < 10_500 || samples.length < 5) {
    await page.waitForTimeout(1750);
    await sample();
  }
  // Each sample, about two seconds apart, shows a later epoch and a different boundary, and the run is still going.
  expect(samples.at(-1)!.at - samples[0].at).toBeGreaterThanOrEqual(10_000);
  for (let i = 1; i < samples.length; i++) {
    expect(samples[i].epoch).toBeGreaterThan(samples[i - 1].epoch);
    expect(samples[i].hash).not.toBe(samples[i - 1].hash);
  }
  expect(samples.at(-1)!.epoch).toBeLessThan(1000);
  await expect(page.getByTestId('btn-pause')).toBeEnabled();
  await page.getByTestId('btn-pause').click();
});

test('after training, a plain Save and reopen gives the same step and accuracy', async ({ page }, testInfo) => {
  await openMoons(page);
  await trainToEnd(page);
  const step = Number(await page.getByTestId('counter-step').innerText());
  const accuracy = await validationAccuracy(page);
  await expect(page.getByTestId('keep-trained-state')).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const saved = await download;
  await expect(page.getByTestId('toast')).toContainText('with weights at epoch 1000');
  const path = testInfo.outputPath(saved.suggestedFilename());
  writeFileSync(path, readFileSync((await saved.path()) as string));

  await page.reload();
  await expect(page.getByTestId('counter-step')).toHaveText('0');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('btn-open').click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('counter-step')).toHaveText(String(step));
  await expect(page.getByTestId('counter-epoch')).toHaveText('1000');
  await expect.poll(() => validationAccuracy(page)).toBe(accuracy);
});
