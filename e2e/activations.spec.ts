// The activation explorer: f and f′ of each function on one chart, and the live histogram of a
// layer's pre-activations while the deep sigmoid example trains.
import { expect, test } from '@playwright/test';

test.setTimeout(60_000);

test.describe('Activation explorer', () => {
  test('shows sigmoid and its derivative, which peaks at 0.25 at z = 0; α changes leaky ReLU', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('dock-tab-activations').click();
    const view = page.getByTestId('activation-explorer');
    await view.getByTestId('activation-pick-sigmoid').click();
    await expect(view.locator('.recharts-line')).toHaveCount(2);
    await expect(view.getByTestId('activation-formulas')).toContainText('σ(z) = 1 / (1 + e^−z)');
    const peak = view.getByTestId('activation-peak');
    expect(Number(await peak.getAttribute('data-value'))).toBeCloseTo(0.25, 12);
    expect(Number(await peak.getAttribute('data-z'))).toBe(0);
    await view.getByTestId('activation-pick-tanh').click();
    expect(Number(await peak.getAttribute('data-value'))).toBeCloseTo(1, 12);
    await view.getByTestId('activation-pick-leakyRelu').click();
    await view.getByTestId('activation-alpha').fill('0.3');
    await expect(view.getByTestId('activation-formulas')).toContainText("f'(z) = 1 if z > 0, else α");
    await view.getByTestId('activation-pick-softmax').click();
    await expect(view).toContainText('Jacobian');
  });

  test('draws the live pre-activation histogram of a sigmoid layer of the deep example as it trains', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('btn-presets').click();
    await page.getByTestId('preset-deep-sigmoid').click();
    await page.getByTestId('dock-tab-activations').click();
    const view = page.getByTestId('activation-explorer');
    await view.getByTestId('activation-layer').selectOption({ label: 'Sigmoid 1' });
    const histogram = view.getByTestId('activation-histogram');
    await expect(histogram).toContainText('appears once training reports statistics');
    await page.getByTestId('training-epochs').fill('100000');
    await page.getByTestId('training-epochs').blur();
    await page.getByTestId('btn-train').click();
    await expect
      .poll(async () => Number((await histogram.getAttribute('data-step')) || 0), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const first = Number(await histogram.getAttribute('data-step'));
    expect(Number(await histogram.getAttribute('data-total'))).toBeGreaterThan(0);
    await expect(view.locator('.recharts-area')).toHaveCount(1);
    const fraction = Number(await view.getByTestId('activation-saturated-fraction').getAttribute('data-value'));
    expect(fraction).toBeGreaterThanOrEqual(0);
    expect(fraction).toBeLessThanOrEqual(1);
    await expect
      .poll(async () => Number(await histogram.getAttribute('data-step')), { timeout: 30_000 })
      .toBeGreaterThan(first);
    await page.getByTestId('btn-pause').click();
    await expect(page.getByTestId('btn-train')).toBeEnabled();
  });
});
