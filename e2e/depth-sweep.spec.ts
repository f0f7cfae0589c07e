// The depth sweep from the dock: a small sweep (depths 1-4, sigmoid and ReLU, few steps) runs in a
// worker with progress, draws both lines, sigmoid's deepest point lies below ReLU's, the results
// export as CSV and PNG, are saved in the project and come back when it is reopened; a long sweep
// can be cancelled and keeps what it measured.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openApp } from './support/editor';

test.setTimeout(90_000);

async function openSweep(page: Page, preset: string): Promise<Locator> {
  await openApp(page);
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${preset}`).click();
  await expect(page.getByTestId('file-name')).toContainText(preset);
  await page.getByTestId('dock-tab-sweep').click();
  return page.getByTestId('depth-sweep');
}

async function setField(view: Locator, key: string, value: number): Promise<void> {
  const field = view.getByTestId(`sweep-${key}`);
  await field.fill(String(value));
  await field.blur();
  await expect(field).toHaveValue(String(value));
}

/** The (x, y) vertices of an SVG path drawn by recharts (M/L commands). */
async function pathPoints(path: Locator): Promise<[number, number][]> {
  const d = (await path.getAttribute('d')) ?? '';
  return [...d.matchAll(/[ML]\s*([-\d.e]+)[ ,]([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

test('a small sweep draws sigmoid below ReLU, exports, and is saved with the project', async ({ page }) => {
  const view = await openSweep(page, 'deep-sigmoid');
  await setField(view, 'minDepth', 1);
  await setField(view, 'maxDepth', 4);
  await setField(view, 'steps', 5);
  for (const activation of ['tanh', 'leakyRelu', 'elu', 'softplus', 'gelu', 'linear'])
    await view.getByTestId(`sweep-activation-${activation}`).uncheck();
  await view.getByTestId('sweep-activation-sigmoid').check();
  await view.getByTestId('sweep-activation-relu').check();

  await view.getByTestId('sweep-run').click();
  await expect(view.getByTestId('sweep-status')).toHaveText('Trained and measured all 8 networks.', {
    timeout: 60_000,
  });

  // Both lines are drawn with a point per depth; on the log axis sigmoid's deepest point is lower (larger SVG y).
  const sigmoid = view.locator('.sweep-line-sigmoid .recharts-line-curve');
  const relu = view.locator('.sweep-line-relu .recharts-line-curve');
  await expect(sigmoid).toBeVisible();
  await expect(relu).toBeVisible();
  const [s, r] = [await pathPoints(sigmoid), await pathPoints(relu)];
  expect(s).toHaveLength(4);
  expect(r).toHaveLength(4);
  expect(s[3][1]).toBeGreaterThan(r[3][1]);
  const norm = async (activation: string) =>
    Number(await view.getByTestId(`sweep-legend-${activation}`).getAttribute('data-last-norm'));
  await expect(view.getByTestId('sweep-legend-sigmoid')).toHaveAttribute('data-last-depth', '4');
  expect(await norm('sigmoid')).toBeLessThan((await norm('relu')) / 10);

  // CSV: a header and one row per network, sigmoid's depth-4 norm as the legend says.
  const csvDownload = page.waitForEvent('download');
  await view.getByTestId('export-csv-sweep').click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toBe('activation,depth,first_layer_grad_norm,last_layer_grad_norm,first_over_last,train_loss');
  expect(csv).toHaveLength(9);
  const sigmoidAt4 = csv.find((line) => line.startsWith('sigmoid,4,')) as string;
  expect(Number(sigmoidAt4.split(',')[2])).toBe(await norm('sigmoid'));

  const pngDownload = page.waitForEvent('download');
  await view.getByTestId('export-png-sweep').click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');

  // Saved in the .mlp: settings and results; reopening the file brings the chart back without running.
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  const saved = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const savedPath = await (await saved).path();
  const file = JSON.parse(readFileSync(savedPath, 'utf8')) as {
    depthSweep: { settings: { maxDepth: number; activations: string[] }; results: unknown[] };
  };
  expect(file.depthSweep.settings).toMatchObject({ maxDepth: 4, activations: ['sigmoid', 'relu'] });
  expect(file.depthSweep.results).toHaveLength(8);

  await page.getByTestId('btn-new').click();
  await page.getByTestId('new-starter').click();
  await page.getByTestId('dock-tab-sweep').click();
  await expect(view.locator('.sweep-line')).toHaveCount(0);
  await page.getByTestId('open-file-input').setInputFiles(savedPath);
  await page.getByTestId('dock-tab-sweep').click();
  await expect(view.locator('.sweep-line')).toHaveCount(2);
  await expect(view.getByTestId('sweep-maxDepth')).toHaveValue('4');
  expect(await norm('sigmoid')).toBe(Number(sigmoidAt4.split(',')[2]));
});

test('a sweep shows its progress, can be cancelled, and keeps the networks it measured', async ({ page }) => {
  const view = await openSweep(page, 'deep-relu-he');
  await setField(view, 'maxDepth', 30);
  await setField(view, 'steps', 2000);
  await view.getByTestId('sweep-run').click();
  await expect(view.getByTestId('sweep-progress')).toBeVisible();
  await expect(view.getByTestId('sweep-run')).toHaveCount(0);
  await expect
    .poll(async () => Number(await view.getByTestId('sweep-progress').getAttribute('value')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  // The page stays responsive while the worker trains: the settings tab still switches.
  await page.getByTestId('dock-tab-gradients').click();
  await page.getByTestId('dock-tab-sweep').click();
  await view.getByTestId('sweep-cancel').click();
  const status = view.getByTestId('sweep-status');
  await expect(status).toHaveText(/^Cancelled after \d+ of 90 networks\.$/);
  await expect(view.getByTestId('sweep-run')).toBeEnabled();
  // What was measured before the cancel stays on the chart: the first activation has its depth-1 point.
  const measured = Number((/after (\d+) of/.exec(await status.innerText()) ?? [])[1]);
  expect(measured).toBeGreaterThan(0);
  expect(measured).toBeLessThan(90);
  await expect(view.getByTestId('sweep-legend-sigmoid')).toHaveAttribute('data-last-depth', /^\d+$/);
});
