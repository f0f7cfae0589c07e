// The window as a person first sees it, at a laptop's and a projector's size: the starter network
// readable without zooming, every toolbar control inside the window, nothing spilling sideways.
import { expect, type Page, test } from '@playwright/test';
import { nodeCards, openApp } from './support/editor';

/** Zoom below which a card's 14 px name shrinks under about 12.5 px, too small for the back of a room. */
const READABLE = 0.9;

/** The canvas's zoom, read from the transform React Flow puts on its viewport. */
async function canvasZoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  // matrix(a, b, c, d, e, f): a is the scale.
  return Number(/matrix\(([^,]+),/.exec(transform)?.[1] ?? Number.NaN);
}

/** Boxes of elements that stick out of another's box. */
async function outside(page: Page, itemsSelector: string, containerTestId: string): Promise<string[]> {
  const container = await page.getByTestId(containerTestId).boundingBox();
  if (!container) return [`${containerTestId} is not on the page`];
  const boxes = await page.locator(itemsSelector).evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-testid') ?? el.className,
      box: el.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
  return boxes
    .filter(
      ({ box }) =>
        box.left < container.x - 0.5 ||
        box.top < container.y - 0.5 ||
        box.right > container.x + container.width + 0.5 ||
        box.bottom > container.y + container.height + 0.5,
    )
    .map(({ id }) => id);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the starter network opens whole and readable, with no minimap over it', async ({ page }) => {
      await openApp(page);
      await expect(nodeCards(page)).toHaveCount(6);
      await expect.poll(() => canvasZoom(page)).toBeGreaterThanOrEqual(READABLE);
      await expect.poll(() => outside(page, '[data-testid^="node-"][data-kind]', 'canvas')).toEqual([]);
      // The whole graph is in view, so the minimap (which shows only while some of it is off screen) is not drawn.
      await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    });

    test('every toolbar control is inside the window and the page never scrolls sideways', async ({ page }) => {
      await openApp(page);
      const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
      await expect(toolbar).toBeVisible();
      const offscreen = await toolbar.locator('button, select, input, [data-testid]').evaluateAll((els) =>
        els
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
          })
          .map((el) => el.getAttribute('data-testid') ?? el.textContent),
      );
      expect(offscreen).toEqual([]);
      for (const id of ['btn-theme', 'btn-toggle-right', 'total-params', 'file-name'])
        await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expect(page.getByTestId('file-name')).toContainText('Untitled');
      const nameFits = await page
        .getByTestId('file-name')
        .locator('.file-title__name')
        .evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(nameFits, 'the project name is not cut short').toBe(true);
    });
  });
}
