// Compare at 1280 × 720: after both runs trained, the boundary view shows one decision boundary per
// run side by side (not "no snapshot yet"), and the code export starts from the active run's weights.
import { expect, test } from '@playwright/test';
import { openApp } from './support/editor';

test.setTimeout(60_000);
test.use({ viewport: { width: 1280, height: 720 } });

test('each run shows its own boundary side by side, and the export reads the trained weights', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('btn-duplicate-run').click();
  await expect(page.getByTestId('run-tab-run-2')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('dock-tab-boundary').click();
  // Before training each run says why it has no boundary yet.
  await expect(page.getByTestId('run-boundary-why-run-1')).toContainText('has not trained yet');
  await expect(page.getByTestId('run-boundary-why-run-2')).toContainText('has not trained yet');

  await page.getByTestId('btn-step-epoch').click();
  await page.getByTestId('btn-step-epoch').click();
  for (const run of ['run-1', 'run-2']) {
    const canvas = page.getByTestId(`run-boundary-${run}`).getByTestId('boundary-canvas');
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => Number(await canvas.getAttribute('data-step'))).toBeGreaterThan(0);
  }
  const [a, b] = await Promise.all(
    ['run-1', 'run-2'].map((run) => page.getByTestId(`run-boundary-${run}`).boundingBox()),
  );
  // Side by side: same row, B to the right of A.
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x >= a.x + a.width - 1).toBe(true);

  await page.getByTestId('btn-export').click();
  await page.getByTestId('export-pytorch').click();
  await expect(page.getByTestId('export-with-weights')).toBeEnabled();
  await expect(page.getByTestId('export-with-weights')).toBeChecked();
  await expect(page.locator('.export-dialog__weights')).toContainText(/Start from the app's weights \(step [1-9]\d*\)/);
});
