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

test.describe('focus rings', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every kind of control shows a ring of at least 3 : 1 contrast when focused by keyboard (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
      const targets = {
        'toolbar button': page.getByTestId('btn-train'),
        'palette item': page.getByTestId('palette-dense'),
        'canvas card': nodeCards(page).first().locator('xpath=ancestor::*[contains(@class, "react-flow__node")][1]'),
        'dock tab': page.getByTestId('dock').getByRole('tab').first(),
      };
      for (const [what, target] of Object.entries(targets)) {
        // A key press first: focus then counts as keyboard focus (:focus-visible), as after Tab.
        await page.keyboard.press('Shift');
        await target.focus();
        const ring = await target.evaluate((element) => {
          const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = ([r, g, b]: number[]) => {
            const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          };
          // The first opaque background behind the element.
          let behind = [255, 255, 255];
          for (let at: Element | null = element.parentElement; at; at = at.parentElement) {
            const colour = rgb(getComputedStyle(at).backgroundColor);
            if (colour.length === 3 || colour[3] === 1) {
              behind = colour.slice(0, 3);
              break;
            }
          }
          const style = getComputedStyle(element);
          const [a, b] = [luminance(rgb(style.outlineColor)), luminance(behind)].sort((x, y) => y - x);
          return {
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            contrast: (a + 0.05) / (b + 0.05),
          };
        });
        expect(ring.style, what).toBe('solid');
        expect(ring.width, what).toBeGreaterThanOrEqual(2);
        expect(ring.contrast, what).toBeGreaterThanOrEqual(3);
      }
      // A focused connection is drawn thick in the accent colour, against the canvas.
      await page.keyboard.press('Shift');
      await page.locator('.react-flow__edge').first().focus();
      const path = await page.locator('.react-flow__edge:focus .react-flow__edge-path').evaluate((element) => {
        const style = getComputedStyle(element);
        const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
        const probe = document.createElement('span');
        probe.style.color = accent;
        document.body.append(probe);
        const accentRgb = getComputedStyle(probe).color;
        probe.remove();
        return { stroke: style.stroke, accentRgb, width: parseFloat(style.strokeWidth) };
      });
      expect(path.stroke).toBe(path.accentRgb);
      expect(path.width).toBeGreaterThanOrEqual(3);
    });
  }
});

test('View › Show Chart Data as Tables shows each chart as its latest points, and shows the lines again', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('btn-step-epoch').click();
  await page.getByTestId('btn-step-epoch').click();
  const loss = page.getByTestId('dock').getByTestId('series-canvas').first();
  await expect(loss).toBeVisible();
  await expect(page.getByTestId('chart-data')).toHaveCount(0);
  await page.getByTestId('btn-menu').click();
  await page.getByTestId('menu-chartTables').click();
  const data = page.getByTestId('chart-data').first();
  await expect(data).toBeVisible();
  // The summary sentence, then a table with a row per recent point: epoch, then one column per line.
  await expect(data.getByTestId('chart-summary')).toContainText(/^Loss: train/);
  await expect(data.locator('tbody tr')).not.toHaveCount(0);
  await expect(data.locator('thead th').first()).toHaveText('epoch');
  // Keyboard users can scroll it: it takes focus.
  await data.focus();
  await expect(data).toBeFocused();
  await page.getByTestId('btn-menu').click();
  await page.getByTestId('menu-chartTables').click();
  await expect(page.getByTestId('chart-data')).toHaveCount(0);
  await expect(loss).toBeVisible();
});
