// Side-by-side runs: duplicate A into B, change B's hidden activation, read the differences, train
// both in lock-step from the same initial weights, and keep both runs through save and reopen.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, selectNode } from './support/editor';

test.setTimeout(90_000);

async function setActivation(page: Page, nodeId: string, activation: string): Promise<void> {
  await selectNode(page, nodeId);
  await page.getByTestId('field-activation').selectOption(activation);
  await expect(page.getByTestId('field-activation')).toHaveValue(activation);
}

/** The initial-weight rows of a run: "node/weight" → checksum and whether it was shared. */
async function initialWeights(page: Page, runId: string): Promise<Map<string, { checksum: string; shared: string }>> {
  const rows = page.locator(`[data-testid="initial-weight"][data-run="${runId}"]`);
  const found = new Map<string, { checksum: string; shared: string }>();
  for (const row of await rows.all()) {
    const key = `${await row.getAttribute('data-node')}/${await row.getAttribute('data-weight')}`;
    found.set(key, {
      checksum: (await row.getAttribute('data-checksum')) ?? '',
      shared: (await row.getAttribute('data-shared')) ?? '',
    });
  }
  return found;
}

test('duplicate A into B, change B, compare the runs trained in lock-step, and keep both through save and reopen', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // Run A: a sigmoid hidden layer; run B will try ReLU.
  await setActivation(page, 'activation-1', 'sigmoid');
  // Long enough that the runs are still training when paused.
  await page.getByTestId('training-epochs').fill('100000');
  await page.getByTestId('training-epochs').press('Enter');
  await expect(page.getByTestId('run-tab-run-1')).toHaveCount(0);
  await page.getByTestId('btn-duplicate-run').click();
  await expect(page.getByTestId('run-tab-run-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('run-tab-run-1')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('btn-duplicate-run')).toHaveText('Duplicate as run C');
  await setActivation(page, 'activation-1', 'relu');

  // Run A is untouched by the edit of B.
  await page.getByTestId('run-tab-run-1').click();
  await selectNode(page, 'activation-1');
  await expect(page.getByTestId('field-activation')).toHaveValue('sigmoid');
  await page.getByTestId('run-tab-run-2').click();
  await selectNode(page, 'activation-1');
  await expect(page.getByTestId('field-activation')).toHaveValue('relu');

  // The differences name the change with its old and new value, and nothing else.
  await page.getByTestId('dock-tab-compare').click();
  const diff = page.getByTestId('run-diff-run-2').getByTestId('run-diff-item');
  await expect(diff).toHaveCount(1);
  await expect(diff).toHaveAttribute('data-area', 'graph');
  await expect(diff).toContainText('activation');
  await expect(diff.locator('.run-diff__from')).toHaveText('sigmoid');
  await expect(diff.locator('.run-diff__to')).toHaveText('relu');

  // Train both; the step counter, both readouts and both series advance together.
  await page.getByTestId('btn-train').click();
  await expect
    .poll(async () => Number(await page.getByTestId('counter-step').innerText()), { timeout: 60_000 })
    .toBeGreaterThan(40);
  await page.getByTestId('btn-pause').click();
  await expect(page.getByTestId('btn-train')).toBeEnabled();
  const step = await page.getByTestId('counter-step').innerText();
  await expect(page.getByTestId('run-metric-run-1')).toHaveAttribute('data-step', step);
  await expect(page.getByTestId('run-metric-run-2')).toHaveAttribute('data-step', step);
  await expect(page.getByTestId('runs-chart-loss')).toHaveAttribute('data-steps', `${step},${step}`);
  await expect(page.getByTestId('runs-chart-loss')).toHaveAttribute('data-runs', 'A,B');
  for (const key of ['r0_trainLoss', 'r1_trainLoss', 'r0_validationLoss', 'r1_validationLoss']) {
    const d = await page
      .locator(`[data-testid="runs-chart-loss"] .series-${key} path.recharts-curve`)
      .getAttribute('d');
    // A line through many points, not a dot: several segments.
    expect((d ?? '').split('L').length, key).toBeGreaterThan(5);
  }
  await expect(page.getByTestId('runs-chart-gradients').locator('path.recharts-curve')).toHaveCount(4);

  // Every weight of B has A's node and shape, so all start from A's values: same checksums, read back from each run's engine.
  const [a, b] = [await initialWeights(page, 'run-1'), await initialWeights(page, 'run-2')];
  expect([...a.keys()].sort()).toEqual(['dense-1/bias', 'dense-1/kernel', 'dense-2/bias', 'dense-2/kernel']);
  for (const [key, weight] of b) {
    expect(weight.shared, key).toBe('true');
    expect(weight.checksum, key).toBe(a.get(key)?.checksum);
  }
  await expect(page.getByTestId('run-initial-run-2').locator('summary')).toHaveText(
    'Initial weights: 4 of 4 shared with run A',
  );

  // Removing a run asks first.
  await page.getByTestId('run-remove-run-2').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Remove run B?');
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('run-tab-run-2')).toBeVisible();

  // Save, reload, reopen: both runs come back, B still active and still ReLU, A still sigmoid.
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const saved = await download;
  const path = testInfo.outputPath('runs.mlp');
  writeFileSync(path, readFileSync((await saved.path()) as string));
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    runs?: { active: string; list: { id: string; name: string }[] };
  };
  expect(file.runs?.active).toBe('run-2');
  expect(file.runs?.list.map((r) => r.name)).toEqual(['A', 'B']);

  await page.reload();
  await page.getByTestId('new-menu').or(page.getByTestId('btn-new')).first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('btn-open').click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('run-tab-run-2')).toHaveAttribute('aria-pressed', 'true');
  await selectNode(page, 'activation-1');
  await expect(page.getByTestId('field-activation')).toHaveValue('relu');
  await page.getByTestId('run-tab-run-1').click();
  await selectNode(page, 'activation-1');
  await expect(page.getByTestId('field-activation')).toHaveValue('sigmoid');
  await page.getByTestId('dock-tab-compare').click();
  await expect(page.getByTestId('run-diff-run-2').getByTestId('run-diff-item')).toHaveCount(1);
});
