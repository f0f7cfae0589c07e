// How the window adapts to the person: with "reduce motion" asked for, nothing on the page moves by
// itself (no transition or animation; Fit jumps rather than glides) while the live views still
// update; and a 1280×720 window zoomed to 200 % (a 640×360 CSS viewport) reflows so that the
// toolbar, the canvas and the dock stay usable without scrolling sideways.
import { expect, type Page, test } from '@playwright/test';
import { nodeCards, openApp } from './support/editor';

/** The canvas viewport's transform, as the browser computes it. */
function viewportTransform(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no element has a transition or an animation, Fit jumps, and the boundary still follows training', async ({
    page,
  }) => {
    await openApp(page);
    // Zoomed out, so that Fit has somewhere to go.
    const canvas = await page.getByTestId('canvas').boundingBox();
    if (!canvas) throw new Error('The canvas is not on the page.');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, 600);
    const zoomedOut = await viewportTransform(page);
    await expect.poll(() => viewportTransform(page)).toBe(zoomedOut);

    // Two frames after the press, Fit has already arrived where it settles.
    const afterTwoFrames = await page.getByTestId('btn-fit').evaluate(async (button) => {
      (button as HTMLButtonElement).click();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    });
    expect(afterTwoFrames).not.toBe(zoomedOut);
    await page.waitForFunction(
      (first) => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform === first,
      afterTwoFrames,
    );

    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-tour').click();
    await expect(page.getByTestId('tour-highlight')).toBeVisible();
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
          return style.animationName !== 'none' || durations.some((d) => parseFloat(d) > 0);
        })
        .map((el) => el.getAttribute('data-testid') ?? el.className.toString()),
    );
    expect(moving).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByTestId('btn-step-epoch').click();
    await expect(page.getByTestId('boundary-canvas')).not.toHaveAttribute('data-step', '', { timeout: 30_000 });
  });
});

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('the toolbar, the canvas and the dock are usable, and the page never scrolls sideways', async ({ page }) => {
    await openApp(page);
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);

    // Every toolbar control lies inside the window's width.
    const outside = await page.locator('.toolbar').evaluate((toolbar) =>
      [...toolbar.querySelectorAll<HTMLElement>('button, select, input, [data-testid]')]
        .filter((el) => el.checkVisibility())
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.left < 0 || box.right > document.documentElement.clientWidth + 0.5);
        })
        .map((el) => el.getAttribute('data-testid') ?? el.textContent),
    );
    expect(outside).toEqual([]);

    // The canvas keeps a working size and shows the network.
    const canvas = page.getByTestId('canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(560);
    expect(box?.height).toBeGreaterThanOrEqual(200);
    await expect(nodeCards(page).first()).toBeVisible();

    // Train one epoch from the toolbar and read it in the dock's Metrics tab.
    await page.getByTestId('btn-step-epoch').scrollIntoViewIfNeeded();
    await page.getByTestId('btn-step-epoch').click();
    await expect
      .poll(async () => Number(await page.getByTestId('counter-epoch').innerText()), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const dock = page.getByTestId('dock');
    await dock.scrollIntoViewIfNeeded();
    await expect(dock).toBeInViewport();
    await page.getByTestId('dock-tab-metrics').click();
    await expect(page.getByTestId('chart-accuracy')).toBeVisible();
    // The chart's words for a screen reader: its summary and the table of its last points.
    const accuracy = page.getByTestId('chart-accuracy');
    await expect(accuracy.getByTestId('chart-summary')).toHaveText(
      /^Accuracy: train \d.*%, validation \d.*%, over 1 epoch\.$/,
    );
    await expect(accuracy.getByTestId('chart-table').locator('tbody tr').first()).toBeAttached();
    const chart = await page.getByTestId('chart-accuracy').boundingBox();
    expect((chart?.x ?? -1) + (chart?.width ?? 0)).toBeLessThanOrEqual(640.5);
    expect(await sideways()).toBeLessThanOrEqual(0);
  });
});
