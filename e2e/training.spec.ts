// Live training in the page's worker, driven from the toolbar: Train until the moons example learns,
// Pause/Step/Epoch and Space, the divergence banner and its rollback, backend overrides, and a
// project saved with its trained state and reopened where it stopped.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

/** Training runs on this machine's CPU (or CPU-emulated WebGL): give each spec room to train. */
test.setTimeout(90_000);

async function openPreset(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${name}`).click();
  await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
}

async function openStarter(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-testid^="node-"][data-kind]').first()).toBeVisible();
}

async function counter(page: Page, name: 'step' | 'epoch'): Promise<number> {
  return Number(await page.getByTestId(`counter-${name}`).innerText());
}

/** The validation accuracy the dock shows ("97.5%"), as a fraction; NaN for a dash. */
async function validationAccuracy(page: Page): Promise<number> {
  const text = (await page.getByTestId('metric-val-acc').first().innerText()).trim();
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number.NaN;
}

/** Waits until a run is paused (Train enabled again) and the last reports have reached the page. */
async function paused(page: Page): Promise<void> {
  await expect(page.getByTestId('btn-train')).toBeEnabled();
  await expect(page.getByTestId('btn-pause')).toBeDisabled();
  await page.waitForTimeout(300);
}

async function setTrainingField(page: Page, key: 'learningRate' | 'epochs', value: number): Promise<void> {
  const field = page.getByTestId(`training-${key}`);
  await field.fill(String(value));
  await field.blur();
  await expect(field).toHaveValue(String(value));
}

/** Long enough that a run never finishes by itself while a spec watches it. */
const LONG_RUN = 100_000;

test.describe('live training', () => {
  test("moons: Train reaches at least 95% validation accuracy within the example's 1000 epochs", async ({ page }) => {
    await openPreset(page, 'moons-2-10-1');
    await page.getByTestId('btn-train').click();
    await expect(page.getByTestId('backend-badge')).toHaveText(/^(WebGPU|WebGL|WASM|CPU|JS)$/, { timeout: 30_000 });
    await expect.poll(() => counter(page, 'step'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => validationAccuracy(page), { timeout: 60_000, intervals: [250] })
      .toBeGreaterThanOrEqual(0.95);
    expect(await counter(page, 'epoch')).toBeLessThanOrEqual(1000);
    await expect(page.getByTestId('backend-badge')).toHaveAttribute('title', /^Training on /);
  });

  test('Pause freezes the counters, Step adds one batch, Epoch finishes the epoch, Space toggles', async ({ page }) => {
    await openStarter(page);
    await setTrainingField(page, 'epochs', LONG_RUN);
    await page.getByTestId('btn-train').click();
    await expect.poll(() => counter(page, 'step'), { timeout: 30_000 }).toBeGreaterThan(10);
    await expect.poll(async () => Number(await page.getByTestId('steps-per-second').innerText())).toBeGreaterThan(0);
    await page.getByTestId('btn-pause').click();
    await paused(page);
    const frozen = await counter(page, 'step');
    await page.waitForTimeout(1000);
    expect(await counter(page, 'step')).toBe(frozen);
    await expect(page.getByTestId('steps-per-second')).toHaveText('0');

    await page.getByTestId('btn-step').click();
    await expect.poll(() => counter(page, 'step')).toBe(frozen + 1);
    await page.waitForTimeout(500);
    expect(await counter(page, 'step')).toBe(frozen + 1);

    // The starter trains on 160 of moons' 200 samples in batches of 32: 5 batches an epoch.
    const epoch = await counter(page, 'epoch');
    await page.getByTestId('btn-step-epoch').click();
    await expect.poll(() => counter(page, 'epoch')).toBe(epoch + 1);
    expect(await counter(page, 'step')).toBe((epoch + 1) * 5);

    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await expect(page.getByTestId('btn-pause')).toBeEnabled();
    await expect.poll(() => counter(page, 'step'), { timeout: 20_000 }).toBeGreaterThan((epoch + 1) * 5 + 5);
    await page.keyboard.press('Space');
    await paused(page);
    const stopped = await counter(page, 'step');
    await page.waitForTimeout(700);
    expect(await counter(page, 'step')).toBe(stopped);

    await page.getByTestId('btn-reset').click();
    await expect.poll(() => counter(page, 'step')).toBe(0);
    await expect(page.getByTestId('counter-epoch')).toHaveText('0');
  });

  test('a learning rate of 50 stops training with a banner naming the step and the layer, and rolls back', async ({
    page,
  }) => {
    // Deep ReLU blows up at this rate within a few steps. One epoch in one call (5 batches) reaches NaN
    // before any check; Train, checking after its first batch, stops earlier on the finite explosion (explosion-guard.spec.ts).
    await openPreset(page, 'deep-relu-he');
    await setTrainingField(page, 'learningRate', 50);
    await page.getByTestId('btn-step-epoch').click();
    const banner = page.getByTestId('divergence-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    const step = Number(await banner.getByTestId('divergence-step').innerText());
    expect(step).toBeGreaterThan(0);
    await expect(banner.getByTestId('divergence-layer')).toHaveText(/\S/);
    await expect(banner).toContainText('Lower the learning rate (now 50)');
    const rollback = banner.getByTestId('btn-rollback');
    const restored = Number(((await rollback.innerText()).match(/step (\d+)/) ?? [])[1]);
    expect(restored).toBeLessThan(step);
    await expect(page.getByTestId('btn-train')).toBeEnabled();
    await rollback.click();
    await expect(banner).toHaveCount(0);
    await expect.poll(() => counter(page, 'step')).toBe(restored);
    await expect(page.getByTestId('btn-train')).toBeEnabled();
  });

  test('the backend override moves training to WASM and to the CPU, and the badge says so', async ({ page }) => {
    await openStarter(page);
    await setTrainingField(page, 'epochs', LONG_RUN);
    for (const [choice, badge] of [
      ['wasm', 'WASM'],
      ['cpu', 'CPU'],
    ] as const) {
      await page.getByTestId('backend-select').selectOption(choice);
      const before = await counter(page, 'step');
      await page.getByTestId('btn-train').click();
      await expect(page.getByTestId('backend-badge')).toHaveText(badge, { timeout: 30_000 });
      await expect.poll(() => counter(page, 'step'), { timeout: 30_000 }).toBeGreaterThan(before + 5);
      await page.getByTestId('btn-pause').click();
      await paused(page);
    }
  });

  test('a project saved with its trained state reopens with its counters and history, and trains on from there', async ({
    page,
  }, testInfo) => {
    await openPreset(page, 'moons-2-10-1');
    await setTrainingField(page, 'epochs', LONG_RUN);
    await page.getByTestId('btn-train').click();
    await expect.poll(() => counter(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(50);
    await page.getByTestId('btn-pause').click();
    await paused(page);
    const steps = await counter(page, 'step');
    const accuracy = await validationAccuracy(page);
    await page.getByTestId('keep-trained-state').check();

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    const saved = await download;
    const text = readFileSync((await saved.path()) as string, 'utf8');
    const file = JSON.parse(text) as {
      state?: { step: number; epoch: number; history: { step: number }[]; weights: unknown[] };
    };
    expect(file.state?.step).toBe(steps);
    expect(file.state?.weights.length).toBe(4);
    expect(file.state?.history.at(-1)?.step).toBe(steps);
    const path = testInfo.outputPath(saved.suggestedFilename());
    writeFileSync(path, text);

    await page.reload();
    await expect(page.getByTestId('counter-step')).toHaveText('0');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('btn-open').click();
    await (await chooser).setFiles(path);
    await expect(page.getByTestId('counter-step')).toHaveText(String(steps));
    await expect(page.getByTestId('counter-epoch')).toHaveText(String(file.state?.epoch));
    await expect(page.getByTestId('keep-trained-state')).toBeChecked();
    await expect.poll(() => validationAccuracy(page)).toBeCloseTo(accuracy, 3);
    // The loss chart carries the saved history before any new training.
    await expect
      .poll(async () =>
        Number(
          /(?:^|;)trainLoss:(\d+)/.exec(
            (await page.getByTestId('chart-loss').getByTestId('series-canvas').getAttribute('data-lines')) ?? '',
          )?.[1] ?? 0,
        ),
      )
      .toBeGreaterThan(1);

    await page.getByTestId('btn-step').click();
    await expect.poll(() => counter(page, 'step'), { timeout: 30_000 }).toBe(steps + 1);
    // Trained weights were restored: one more step keeps the accuracy, rather than starting from chance.
    await expect.poll(() => validationAccuracy(page)).toBeGreaterThan(Math.min(accuracy, 0.9) - 0.05);
  });
});
