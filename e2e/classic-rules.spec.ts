// The Classic rules workspace: a single neuron trained by the perceptron or Adaline rule, its
// decision line checked against the data regenerated here, divergence reported in words, and the
// settings kept through save and reopen.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { prepareClassicData } from '../src/classic/data';
import { DEFAULT_CLASSIC_SETTINGS } from '../src/classic/settings';
import type { ClassicSettings } from '../src/classic/types';
import { openApp, setNumberField } from './support/editor';
import { elementsWithoutTooltip } from './support/tooltip-coverage';

/** The neuron the scatter shows, read from its data attributes. */
async function neuronOf(page: Page, index = 0): Promise<{ w1: number; w2: number; b: number; threshold: number }> {
  const scatter = page.getByTestId(`classic-scatter-${index}`);
  const read = async (name: string) => Number(await scatter.getAttribute(`data-${name}`));
  return { w1: await read('w1'), w2: await read('w2'), b: await read('b'), threshold: await read('threshold') };
}

/** Samples the neuron puts on the wrong side of its line, counted here from the regenerated data. */
function wrongSide(
  neuron: { w1: number; w2: number; b: number; threshold: number },
  data: ReturnType<typeof prepareClassicData>,
): number {
  let wrong = 0;
  for (let i = 0; i < data.n; i++) {
    const z = neuron.w1 * data.x[2 * i] + neuron.w2 * data.x[2 * i + 1] + neuron.b;
    if ((z >= neuron.threshold ? 1 : 0) !== data.y[i]) wrong++;
  }
  return wrong;
}

async function openWorkspace(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('btn-classic').click();
  await expect(page.getByTestId('classic-workspace')).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeHidden();
}

test.describe('classic rules', () => {
  test('the perceptron on separable blobs plays to zero errors and its line separates the classes', async ({
    page,
  }) => {
    await openWorkspace(page);
    await expect(page.getByTestId('classic-rule')).toHaveValue('perceptron');
    await expect(page.getByTestId('classic-dataset-kind')).toHaveValue('blobs');
    await expect(page.getByTestId('classic-neuron-0')).toBeVisible();
    const data = prepareClassicData(DEFAULT_CLASSIC_SETTINGS.data);
    const start = await neuronOf(page);
    expect(wrongSide(start, data)).toBeGreaterThan(0);
    await expect(page.getByTestId('classic-scatter-0')).toHaveAttribute(
      'data-misclassified',
      String(wrongSide(start, data)),
    );

    // One sample: the readout shows the rule with that sample's numbers.
    await page.getByTestId('classic-step-sample').click();
    await expect(page.getByTestId('classic-update-0')).toContainText(
      /^sample \d+: x = \(.+\), y = [01], z = .+, ŷ = [01] → Δw = 0\.1 × \([01] − [01]\) × x = /,
    );
    await expect(page.getByTestId('classic-status-0')).toContainText('+1 samples of epoch 1');

    await page.getByTestId('classic-speed').selectOption('30');
    await page.getByTestId('classic-play').click();
    await expect(page.getByTestId('classic-run-0')).toHaveAttribute('data-status', 'converged', { timeout: 20_000 });
    await expect(page.getByTestId('classic-status-0')).toContainText('Converged at epoch');
    await expect(page.getByTestId('classic-play')).toBeDisabled();

    const errors = page.getByTestId('classic-errors-0');
    await expect(errors).toHaveAttribute('data-last-misclassified', '0');
    expect(Number(await errors.getAttribute('data-points'))).toBeGreaterThan(3);
    await expect(errors.locator('.series-misclassified path.recharts-curve')).toHaveCount(1);
    await expect(page.getByTestId('classic-errors-now-0')).toHaveText('0');

    const end = await neuronOf(page);
    expect(end.threshold).toBe(0);
    expect(wrongSide(end, data)).toBe(0);
    await expect(page.getByTestId('classic-w1-0')).toHaveText(String(Number(end.w1.toPrecision(4))).replace('-', '−'));

    await page.getByTestId('classic-reset').click();
    await expect(page.getByTestId('classic-run-0')).toHaveAttribute('data-status', 'learning');
    expect(await neuronOf(page)).toEqual(start);

    await page.getByTestId('classic-close').click();
    await expect(page.getByTestId('classic-workspace')).toHaveCount(0);
    await expect(page.getByTestId('canvas')).toBeVisible();
  });

  test('Adaline with a learning rate too large for raw features stops and says it diverged, and why', async ({
    page,
  }) => {
    await openWorkspace(page);
    await page.getByTestId('classic-rule').selectOption('adaline');
    await setNumberField(page, 'classic-learning-rate', 0.5);
    await expect(page.getByTestId('classic-cost-0')).toBeVisible();
    await page.getByTestId('classic-speed').selectOption('30');
    await page.getByTestId('classic-play').click();
    await expect(page.getByTestId('classic-run-0')).toHaveAttribute('data-status', 'diverged', { timeout: 20_000 });
    const message = page.getByTestId('classic-divergence-0');
    await expect(message).toContainText(
      new RegExp(
        '^Adaline diverged at epoch \\d+: the cost \\(MSE\\) (rose from .+ to .+|overflowed .+)\\. ' +
          'The learning rate η = 0\\.5 is too large for this data',
      ),
    );
    await expect(message).toContainText('stable only for η below');
    await expect(message).toContainText('standardise the features');

    // Standardised, the same η is stable: no message, and the cost falls.
    await page.getByTestId('classic-standardize').check();
    await expect(message).toHaveCount(0);
    for (let i = 0; i < 5; i++) await page.getByTestId('classic-step-epoch').click();
    await expect(page.getByTestId('classic-run-0')).toHaveAttribute('data-status', 'learning');
    const cost = Number(await page.getByTestId('classic-cost-0').getAttribute('data-last-cost'));
    const data = prepareClassicData({ ...DEFAULT_CLASSIC_SETTINGS.data, standardize: true });
    const neuron = await neuronOf(page);
    let sse = 0;
    for (let i = 0; i < data.n; i++)
      sse += (data.y[i] - (neuron.w1 * data.x[2 * i] + neuron.w2 * data.x[2 * i + 1] + neuron.b)) ** 2;
    expect(cost).toBeCloseTo(sse / data.n, 9);
    expect(neuron.threshold).toBe(0.5);
  });

  test('side by side: two learning rates give two runs on the same data', async ({ page }) => {
    await openWorkspace(page);
    await page.getByTestId('classic-rule').selectOption('adaline');
    await page.getByTestId('classic-compare').selectOption('rates');
    await setNumberField(page, 'classic-learning-rate', 0.01);
    await setNumberField(page, 'classic-second-learning-rate', 0.0001);
    await expect(page.getByTestId('classic-run-1')).toContainText('Adaline, η = 0.0001');
    for (let i = 0; i < 3; i++) await page.getByTestId('classic-step-epoch').click();
    const costs = await Promise.all(
      [0, 1].map(async (i) => Number(await page.getByTestId(`classic-cost-${i}`).getAttribute('data-last-cost'))),
    );
    expect(costs[0]).not.toBe(costs[1]);
    await page.getByTestId('classic-compare').selectOption('rules');
    await expect(page.getByTestId('classic-run-0')).toContainText('Perceptron');
    await expect(page.getByTestId('classic-run-1')).toContainText('Adaline');
  });

  test('the settings survive save and reopen, and the project reopens in the workspace', async ({ page }, testInfo) => {
    await openWorkspace(page);
    await page.getByTestId('classic-rule').selectOption('adaline');
    await setNumberField(page, 'classic-learning-rate', 0.02);
    await setNumberField(page, 'classic-epochs', 77);
    await setNumberField(page, 'classic-batch-size', 10);
    await page.getByTestId('classic-dataset-kind').selectOption('linear');
    await page.getByTestId('classic-standardize').check();
    await page.getByTestId('classic-compare').selectOption('rates');
    await setNumberField(page, 'classic-second-learning-rate', 0.005);
    await page.getByTestId('classic-log-cost').check();

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    const saved = await download;
    const path = testInfo.outputPath(saved.suggestedFilename());
    writeFileSync(path, readFileSync(await saved.path()));
    const file = JSON.parse(readFileSync(path, 'utf8')) as { classic: ClassicSettings };
    expect(file.classic).toMatchObject({
      open: true,
      rule: 'adaline',
      learningRate: 0.02,
      epochs: 77,
      batchSize: 10,
      compare: 'rates',
      secondLearningRate: 0.005,
      logCost: true,
    });
    expect(file.classic.data).toMatchObject({ kind: 'linear', standardize: true });

    await page.reload();
    await expect(page.getByTestId('canvas')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('btn-open').click();
    await (await chooser).setFiles(path);
    await expect(page.getByTestId('classic-workspace')).toBeVisible();
    await expect(page.getByTestId('classic-rule')).toHaveValue('adaline');
    await expect(page.getByTestId('classic-learning-rate')).toHaveValue('0.02');
    await expect(page.getByTestId('classic-epochs')).toHaveValue('77');
    await expect(page.getByTestId('classic-batch-size')).toHaveValue('10');
    await expect(page.getByTestId('classic-dataset-kind')).toHaveValue('linear');
    await expect(page.getByTestId('classic-standardize')).toBeChecked();
    await expect(page.getByTestId('classic-second-learning-rate')).toHaveValue('0.005');
    await expect(page.getByTestId('classic-log-cost')).toBeChecked();
    await expect(page.getByTestId('classic-cost-0')).toHaveAttribute('data-log', 'true');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  });

  test('every control of the workspace has a tooltip, for each rule and comparison', async ({ page }) => {
    await openWorkspace(page);
    expect(await elementsWithoutTooltip(page)).toEqual([]);
    await page.getByTestId('classic-rule').selectOption('adaline');
    await page.getByTestId('classic-dataset-kind').selectOption('circles');
    await page.getByTestId('classic-compare').selectOption('rates');
    expect(await elementsWithoutTooltip(page)).toEqual([]);
    await page.getByTestId('classic-compare').selectOption('rules');
    await page.getByTestId('classic-play').click();
    expect(await elementsWithoutTooltip(page)).toEqual([]);
  });

  test('the perceptron preset opens straight into the workspace on separable blobs', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('btn-presets').click();
    await page.getByTestId('preset-classic-perceptron-blobs').click();
    await expect(page.getByTestId('classic-workspace')).toBeVisible();
    await expect(page.getByTestId('classic-rule')).toHaveValue('perceptron');
    await expect(page.getByTestId('classic-dataset-kind')).toHaveValue('blobs');
    await expect(page.getByTestId('btn-classic')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Space plays and pauses the runs while the workspace is shown', async ({ page }) => {
    await openWorkspace(page);
    await page.getByTestId('classic-speed').selectOption('1');
    await page.getByTestId('classic-main-title').click();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('classic-pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('classic-play')).toBeVisible();
    // The network on the canvas was not started by the same key.
    await page.getByTestId('classic-close').click();
    await expect(page.getByTestId('btn-train')).toBeEnabled();
    await expect(page.getByTestId('counter-step')).toHaveText('0');
  });
});
