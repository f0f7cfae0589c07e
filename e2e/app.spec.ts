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

  test('the starting graph is first seen where it stays: laid out and fitted, never at another zoom', async ({
    page,
  }) => {
    // Every frame from the start: the view's transform whenever a card can be seen.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenViews: string[] }).seenViews = seen;
      const look = () => {
        const card = document.querySelector('.react-flow__node [data-testid^="node-"]');
        const view = document.querySelector<HTMLElement>('.react-flow__viewport');
        if (card?.checkVisibility({ visibilityProperty: true }) && view && seen.at(-1) !== view.style.transform)
          seen.push(view.style.transform);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto('/');
    await expect(page.getByTestId('node-input-1')).toBeVisible();
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => (window as unknown as { seenViews: string[] }).seenViews);
    expect(seen).toHaveLength(1);
    // The load's fit is the one Fit gives.
    await page.getByTestId('btn-fit').click();
    await page.waitForTimeout(600);
    expect(await page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform)).toBe(
      seen[0],
    );
  });
});
