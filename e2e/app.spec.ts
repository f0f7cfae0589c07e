import { expect, test } from '@playwright/test';

test.describe('app shell', () => {
  test('loads with the palette, the canvas, the starting network and its parameter count', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto('/');
    await expect(page.getByTestId('palette-dense')).toBeVisible();
    await expect(page.getByTestId('palette-input')).toBeVisible();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('node-input-1')).toBeVisible();
    // The starting network Input(2) → Linear 8 → ReLU → Linear 1 → Sigmoid holds (2·8 + 8) + (8 + 1) weights.
    await expect(page.getByTestId('total-params')).toContainText(String(2 * 8 + 8 + 8 + 1));
    await expect(page).toHaveTitle(/MLP Studio/);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(problems, 'no script errors or CSP violations').toEqual([]);
  });

  test('adds a node from the palette and undoes it with the keyboard', async ({ page }) => {
    await page.goto('/');
    const nodes = page.locator('[data-testid^="node-dense-"]');
    // The starter network (Input → Linear → ReLU → Linear → Sigmoid → Output) has two Linear cards once drawn.
    await expect(nodes).toHaveCount(2);
    const before = await nodes.count();
    await page.getByTestId('palette-dense').click();
    await expect(nodes).toHaveCount(before + 1);
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(nodes).toHaveCount(before);
  });
});
