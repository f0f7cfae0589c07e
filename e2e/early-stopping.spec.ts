// Early stopping from the Training settings: a run that stops improving ends before its epochs,
// the banner says where and why, and the loss chart marks the epoch; switching it off trains on.
import { expect, test } from '@playwright/test';

test.setTimeout(60_000);

test('early stopping ends the run, says why, and marks the stop on the loss chart', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId('preset-moons-2-10-1').click();
  await expect(page.locator('[data-testid^="node-input-"][data-kind]')).toBeVisible();

  await page.getByTestId('training-early-stopping').check();
  await expect(page.getByTestId('training-early-monitor')).toHaveValue('validationLoss');
  // A min delta no epoch can beat: the first epoch is the best, and patience 3 ends the run at epoch 4.
  for (const [id, value] of [
    ['training-early-patience', '3'],
    ['training-early-min-delta', '1000'],
  ]) {
    const field = page.getByTestId(id);
    await field.fill(value);
    await field.blur();
    await expect(field).toHaveValue(value);
  }

  await page.getByTestId('btn-train').click();
  await expect(page.getByTestId('training-notice')).toContainText('Stopped early at epoch 4', { timeout: 30_000 });
  await expect(page.getByTestId('training-notice')).toContainText('(epoch 1)');
  await expect(page.getByTestId('counter-epoch')).toHaveText('4');
  const marker = page.getByTestId('chart-loss').getByTestId('early-stop-marker');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute('data-x', '4');
  await expect(marker).toContainText('best: epoch 1');

  await page.getByTestId('training-early-stopping').uncheck();
  await page.getByTestId('btn-train').click();
  await expect
    .poll(async () => Number(await page.getByTestId('counter-epoch').innerText()), { timeout: 30_000 })
    .toBeGreaterThan(4);
});
