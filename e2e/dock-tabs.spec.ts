// The dock's tab strip in a narrow window: the tabs that do not fit are listed in a "More" menu
// beside it, and picking one opens its view and brings its tab into the strip. In a wide window
// every tab shows and there is no menu.
import { expect, type Page, test } from '@playwright/test';

/** Tab titles the strip shows whole, read from the page's own layout. */
async function wholeTabs(page: Page): Promise<string[]> {
  return page.getByTestId('dock').evaluate((dock) => {
    const strip = dock.querySelector('[role="tablist"]') as HTMLElement;
    const box = strip.getBoundingClientRect();
    return [...strip.querySelectorAll<HTMLElement>('[role="tab"]')]
      .filter((tab) => {
        const r = tab.getBoundingClientRect();
        return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      })
      .map((tab) => tab.textContent ?? '');
  });
}

test('at 1280 px the tabs that do not fit are in the More menu, and picking one opens it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  const more = page.getByTestId('dock-more');
  await expect(more).toBeVisible();
  const listed = (await more.locator('option').allTextContents()).slice(1);
  const shown = await wholeTabs(page);
  // Every tab is either shown whole or listed, never both, never neither.
  const all = await page.getByRole('tab').allTextContents();
  expect([...shown, ...listed].sort()).toEqual([...all].sort());
  expect(listed).toContain('Depth sweep');

  await more.selectOption({ label: 'Depth sweep' });
  await expect(page.getByTestId('depth-sweep')).toBeVisible();
  await expect(page.getByTestId('dock-tab-sweep')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => wholeTabs(page)).toContain('Depth sweep');
  await expect(more.locator('option', { hasText: 'Depth sweep' })).toHaveCount(0);
});

test('at 1920 px every tab shows whole and there is no More menu', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  const all = await page.getByRole('tab').allTextContents();
  await expect.poll(() => wholeTabs(page)).toEqual(all);
  await expect(page.getByTestId('dock-more')).toHaveCount(0);
});
