// The explosion guard at 1280 × 720 (a projector): a learning rate of 50 stops the deep ReLU lesson
// and the moons lesson with a banner naming a layer, and its remedies work: "Lower the rate" sets
// a tenth of the rate, "Reset and train again" starts over from fresh weights.
import { expect, type Page, test } from '@playwright/test';

test.setTimeout(60_000);
test.use({ viewport: { width: 1280, height: 720 } });

async function openPreset(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${name}`).click();
  await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();
}

async function setLearningRate(page: Page, value: number): Promise<void> {
  const field = page.getByTestId('training-learningRate');
  await field.fill(String(value));
  await field.blur();
  await expect(field).toHaveValue(String(value));
}

async function step(page: Page): Promise<number> {
  return Number(await page.getByTestId('counter-step').innerText());
}

test.describe('explosion guard', () => {
  test('deep ReLU at learning rate 50: the banner names a layer; lowering the rate and resetting trains again', async ({
    page,
  }) => {
    await openPreset(page, 'deep-relu');
    await setLearningRate(page, 50);
    await page.getByTestId('btn-train').click();
    const banner = page.getByTestId('divergence-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner.getByTestId('divergence-layer')).toHaveText(/^(Linear|ReLU) \d+$/);
    await expect(page.getByTestId('btn-train')).toBeEnabled();

    await banner.getByTestId('btn-lower-rate').click();
    await expect(page.getByTestId('training-learningRate')).toHaveValue('5');
    await expect(banner.getByTestId('divergence-hint')).toContainText('lowered to 5');
    await banner.getByTestId('btn-lower-rate').click();
    await banner.getByTestId('btn-lower-rate').click();
    await expect(page.getByTestId('training-learningRate')).toHaveValue('0.05');

    await banner.getByTestId('btn-reset-train').click();
    await expect(banner).toHaveCount(0);
    // Fresh weights at a sane rate: it trains past where it stopped, and nothing stops it.
    await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(60);
    await expect(page.getByTestId('divergence-banner')).toHaveCount(0);
    await page.getByTestId('btn-pause').click();
  });

  test('moons at learning rate 50: the loss explodes while finite, and the banner says so and names a layer', async ({
    page,
  }) => {
    await openPreset(page, 'moons-2-10-1');
    await setLearningRate(page, 50);
    await page.getByTestId('btn-train').click();
    const banner = page.getByTestId('divergence-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toHaveAttribute('data-kind', /lossGrowth|hugeWeights/);
    await expect(banner).toContainText('Exploded at step');
    await expect(banner.getByTestId('divergence-layer')).toHaveText(/^Linear \d$/);
    await expect(banner).toContainText('still finite');
    // Nothing non-finite happened, so there is nothing to roll back to.
    await expect(banner.getByTestId('btn-rollback')).toHaveCount(0);
    const stoppedAt = await step(page);
    expect(stoppedAt).toBeLessThan(50);

    // Train again without a reset: the weights are still the exploded ones, and the guard says so again.
    await page.getByTestId('btn-train').click();
    await expect(page.getByTestId('divergence-banner')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('divergence-banner')).toContainText('Reset and train again');

    await page.getByTestId('btn-lower-rate').click();
    await page.getByTestId('btn-lower-rate').click();
    await expect(page.getByTestId('training-learningRate')).toHaveValue('0.5');
    await page.getByTestId('btn-reset-train').click();
    await expect(page.getByTestId('divergence-banner')).toHaveCount(0);
    await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(stoppedAt + 100);
    await expect(page.getByTestId('divergence-banner')).toHaveCount(0);
  });
});
