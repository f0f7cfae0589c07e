// The live training views, driven the way a teacher does: open a bundled example, press Train,
// and read what the dock and the canvas show (charts, boundary, gradient verdict, tint, exports).
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';

/** Training runs in the page's worker on this machine's CPU-emulated GPU: give each spec time to train a little. */
test.setTimeout(60_000);

async function openPreset(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${name}`).click();
  await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
}

/** Sets the run's epoch count so that it never stops by itself while a spec watches it. */
async function trainWithoutEnd(page: Page): Promise<void> {
  const epochs = page.getByTestId('training-epochs');
  await epochs.fill('100000');
  await epochs.blur();
  await expect(epochs).toHaveValue('100000');
  await page.getByTestId('btn-train').click();
}

/** Pauses a run and waits until it has stopped and its last reports have reached the page. */
async function pause(page: Page): Promise<void> {
  await page.getByTestId('btn-pause').click();
  await expect(page.getByTestId('btn-train')).toBeEnabled();
  await page.waitForTimeout(300);
}

/** A canvas chart's drawn lines, as its canvas reports them (data-lines "key:count:x0,y0:xN,yN;…", CSS pixels, y down). */
async function chartLines(
  chart: Locator,
): Promise<Map<string, { count: number; first: [number, number]; last: [number, number] }>> {
  const summary = (await chart.getByTestId('series-canvas').getAttribute('data-lines')) ?? '';
  const lines = new Map<string, { count: number; first: [number, number]; last: [number, number] }>();
  for (const entry of summary.split(';').filter(Boolean)) {
    const [key, count, first = '0,0', last = '0,0'] = entry.split(':');
    const point = (p: string) => p.split(',').map(Number) as [number, number];
    lines.set(key, { count: Number(count), first: point(first), last: point(last) });
  }
  return lines;
}

/** How many vertices the canvas chart's line `key` has (0 before it is drawn). */
async function lineVertices(chart: Locator, key: string): Promise<number> {
  return (await chartLines(chart)).get(key)?.count ?? 0;
}

/** A summary of the boundary canvas's pixels: how many are painted and a checksum that changes when the picture does. */
async function canvasSignature(canvas: Locator): Promise<{ painted: number; colours: number; checksum: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const ctx = element.getContext('2d');
    if (!ctx || element.width === 0) return { painted: 0, colours: 0, checksum: 0 };
    const { data } = ctx.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    let checksum = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      painted++;
      const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      if (colours.size < 5000) colours.add(colour);
      checksum = (checksum * 31 + colour + i) % 2147483647;
    }
    return { painted, colours: colours.size, checksum };
  });
}

/** The number a readout shows ("0.3127", "4.2e-5", "97.5%"), or NaN for a dash. */
async function readNumber(locator: Locator): Promise<number> {
  const text = (await locator.innerText()).trim();
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

test.describe('live training views', () => {
  test('moons: the loss falls, one gradient line per Linear layer, the boundary forms and replays on the scrubber', async ({
    page,
  }) => {
    await openPreset(page, 'moons-2-10-1');
    const dock = page.getByTestId('dock');
    const boundaryCanvas = dock.getByTestId('boundary-canvas');
    await expect(boundaryCanvas).toBeVisible();
    const dataOnly = await canvasSignature(boundaryCanvas);
    expect(dataOnly.painted, 'the data is drawn before training').toBeGreaterThan(0);

    await trainWithoutEnd(page);
    const lossChart = dock.getByTestId('chart-loss');
    await expect.poll(() => lineVertices(lossChart, 'trainLoss'), { timeout: 30_000 }).toBeGreaterThan(8);
    await expect
      .poll(async () => Number(await dock.getByTestId('boundary-scrubber').getAttribute('max')), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    await pause(page);

    // BCE starts near ln 2 ≈ 0.69 and the moons network learns: the latest training loss is far lower.
    const trainLoss = dock.getByTestId('metric-train-loss');
    expect(await readNumber(trainLoss)).toBeLessThan(0.4);
    await expect(dock.getByTestId('metric-val-acc')).toHaveText(/^\d+\.\d%$/);

    // The chart's training line has many points and ends lower than it starts (canvas y grows downwards).
    const trainLine = (await chartLines(lossChart)).get('trainLoss');
    expect(trainLine?.count).toBeGreaterThan(8);
    expect(trainLine?.last[1]).toBeGreaterThan(trainLine?.first[1] as number);

    // One line (and one legend entry) per Linear layer: the moons network has two.
    const gradients = dock.getByTestId('chart-gradients');
    const gradientLines = await chartLines(gradients);
    expect([...gradientLines.keys()]).toHaveLength(2);
    for (const line of gradientLines.values()) expect(line.count).toBeGreaterThan(1);
    await expect(gradients.getByTestId('gradient-series')).toHaveText(['Linear 1', 'Linear 2']);

    // The surface is painted over the data.
    const live = await canvasSignature(boundaryCanvas);
    expect(live.colours).toBeGreaterThan(dataOnly.colours + 50);

    // The scrubber replays the first snapshot, which differs from the last (the boundary changed
    // over training), and its right end shows the newest again.
    const scrubber = dock.getByTestId('boundary-scrubber');
    const max = Number(await scrubber.getAttribute('max'));
    expect(max).toBeGreaterThanOrEqual(3);
    const liveStep = Number(await boundaryCanvas.getAttribute('data-step'));
    const liveMoment = await dock.getByTestId('boundary-moment').innerText();
    await scrubber.fill('0');
    await expect.poll(async () => Number(await boundaryCanvas.getAttribute('data-step'))).toBeLessThan(liveStep);
    await expect(dock.getByTestId('boundary-moment')).not.toHaveText(liveMoment);
    const first = await canvasSignature(boundaryCanvas);
    expect(first.checksum).not.toBe(live.checksum);
    await scrubber.fill(String(Math.floor(max / 2)));
    const middleStep = Number(await boundaryCanvas.getAttribute('data-step'));
    expect(middleStep).toBeGreaterThan(0);
    expect(middleStep).toBeLessThan(liveStep);
    await scrubber.fill(String(max));
    await expect.poll(async () => Number(await boundaryCanvas.getAttribute('data-step'))).toBe(liveStep);
    expect((await canvasSignature(boundaryCanvas)).checksum).toBe(live.checksum);
  });

  test('a pinned snapshot holds while training goes on; the live end follows it', async ({ page }) => {
    await openPreset(page, 'deep-sigmoid');
    const dock = page.getByTestId('dock');
    const canvas = dock.getByTestId('boundary-canvas');
    const scrubber = dock.getByTestId('boundary-scrubber');
    await trainWithoutEnd(page);
    await expect
      .poll(async () => Number(await scrubber.getAttribute('max')), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2);
    await scrubber.fill('1');
    const pinned = await canvas.getAttribute('data-step');
    const stepAtPin = Number(await page.getByTestId('counter-step').innerText());
    await expect
      .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 20_000 })
      .toBeGreaterThan(stepAtPin + 50);
    expect(await canvas.getAttribute('data-step')).toBe(pinned);
    await dock.getByTestId('boundary-live').click();
    await expect(dock.getByTestId('boundary-live')).toBeDisabled();
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-step')), { timeout: 10_000 })
      .toBeGreaterThan(Number(pinned));
    // At the live end, newer snapshots replace the shown one as they arrive.
    const following = Number(await canvas.getAttribute('data-step'));
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-step')), { timeout: 30_000 })
      .toBeGreaterThan(following);
    await pause(page);
  });

  test('deep sigmoid: the first/last gradient ratio is below 1e-2 and the badge says vanishing', async ({ page }) => {
    await openPreset(page, 'deep-sigmoid');
    await page.getByTestId('btn-train').click();
    const ratio = page.getByTestId('gradient-ratio');
    await expect.poll(() => readNumber(ratio), { timeout: 30_000 }).toBeLessThan(1e-2);
    await expect(page.getByTestId('gradient-badge')).toHaveText('vanishing');
    await expect(page.getByTestId('gradient-badge')).toHaveAttribute(
      'title',
      /1\/100 of the last one's or less: early layers barely learn/,
    );
    await expect
      .poll(
        async () =>
          [...(await chartLines(page.getByTestId('chart-gradients'))).values()].filter((l) => l.count > 1).length,
      )
      .toBe(9);

    // The canvas tint: the first Linear layer is coloured unlike the last; the switch takes the tint off.
    // The lesson opens with its hidden layers as one group card: expand it to see each layer's card.
    await page.getByTestId('btn-expand-group-1').click();
    const first = page.getByTestId('node-dense-1');
    const last = page.getByTestId('node-dense-9');
    await expect(first).toHaveAttribute('data-tint', /^#[0-9a-f]{6}$/);
    expect(await first.getAttribute('data-tint')).not.toBe(await last.getAttribute('data-tint'));
    await page.getByTestId('toggle-gradient-tint').uncheck();
    await expect(first).not.toHaveAttribute('data-tint', /.*/);
  });

  test('deep ReLU with He initialisation: the gradient reaches the first layer', async ({ page }) => {
    await openPreset(page, 'deep-relu-he');
    await page.getByTestId('btn-train').click();
    const ratio = page.getByTestId('gradient-ratio');
    await expect.poll(() => readNumber(ratio), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await readNumber(ratio)).toBeGreaterThanOrEqual(1e-2);
    await expect(page.getByTestId('gradient-badge')).not.toHaveText('vanishing');
  });

  test('exports the metrics as CSV and the loss chart as PNG; pop-outs open large and close', async ({ page }) => {
    await openPreset(page, 'moons-2-10-1');
    await trainWithoutEnd(page);
    const dock = page.getByTestId('dock');
    await expect
      .poll(() => lineVertices(dock.getByTestId('chart-loss'), 'trainLoss'), { timeout: 20_000 })
      .toBeGreaterThan(3);
    await pause(page);

    const csvDownload = page.waitForEvent('download');
    await dock.getByTestId('export-csv-metrics').click();
    const csv = readFileSync((await (await csvDownload).path()) as string, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe(
      'step,epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,train_misclassified,validation_misclassified',
    );
    expect(csv.length).toBeGreaterThan(3);
    expect(Number(csv[1].split(',')[2])).toBeGreaterThan(0);

    const pngDownload = page.waitForEvent('download');
    await dock.getByTestId('export-png-loss').click();
    const png = readFileSync((await (await pngDownload).path()) as string);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5000);

    // The log-scale switch puts the loss on decades.
    await dock.getByTestId('toggle-log-loss').check();
    const lossCanvas = dock.getByTestId('chart-loss').getByTestId('series-canvas');
    await expect
      .poll(async () => {
        const ticks = ((await lossCanvas.getAttribute('data-y-ticks')) ?? '').split('|').filter(Boolean).map(Number);
        return ticks.length >= 2 && ticks.every((t) => Number.isInteger(Math.round(Math.log10(t) * 1e6) / 1e6));
      })
      .toBe(true);

    for (const view of ['boundary', 'gradients', 'loss']) {
      await dock.getByTestId(`popout-${view}`).click();
      const dialog = page.getByTestId('popout-dialog');
      await expect(dialog).toBeVisible();
      const box = await dialog.boundingBox();
      expect(box?.width).toBeGreaterThan(800);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    await dock.getByTestId('popout-boundary').click();
    const large = page.getByTestId('popout-dialog').getByTestId('boundary-canvas');
    expect((await canvasSignature(large)).painted).toBeGreaterThan(100_000);
    await page.getByTestId('popout-close').click();

    for (const [tab, testId] of [
      ['weights', 'weights-panel'],
      ['neurons', 'neurons-panel'],
      ['metrics', 'chart-accuracy'],
    ]) {
      await dock.getByTestId(`dock-tab-${tab}`).click();
      await expect(dock.getByTestId(testId)).toBeVisible();
    }
    await dock.getByTestId('dock-tab-weights').click();
    await expect(dock.getByTestId('kernel-heatmap-dense-1')).toBeVisible();
    await expect(dock.getByTestId('activation-health')).toContainText('dead');
  });
});
