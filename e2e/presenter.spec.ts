// The presenter view: larger type and hit targets, a high-contrast palette (the main text and
// background pairs at 7:1 or more, measured from the computed styles in both themes), thicker
// edges, a layout that still fits a 1280×720 projector, and the switch remembered on reload.
// (Its one-row toolbar, icon rails and sizes at 1280×720 are in presenter-layout.spec.ts.)
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openApp } from './support/editor';

/** Text and background pairs that carry most of what a room reads. */
const PAIRS = [
  { name: 'file name on the toolbar', selector: '[data-testid="file-name"]' },
  { name: 'toolbar button', selector: '[data-testid="btn-presets"]' },
  { name: 'section heading', selector: '[data-testid="palette"] .section__header h2' },
  { name: 'palette entry', selector: '[data-testid="palette-dense"]' },
  { name: 'hint text', selector: '[data-testid="palette"] .hint' },
  { name: 'node name', selector: '[data-testid="node-dense-1"] .layer-node__name' },
  { name: 'node parameter count', selector: '[data-testid="node-dense-1"] .layer-node__params' },
  { name: 'edge shape label', selector: '.edge-label' },
  { name: 'training field', selector: '[data-testid="training-learningRate"]' },
  { name: 'training field label', selector: '[data-testid="training-settings"] .field label' },
  { name: 'dock tab', selector: '[data-testid="dock-tab-overview"]' },
];

/** WCAG contrast ratio of each pair: the element's text colour against the first opaque background at or above it. */
async function contrastRatios(page: Page): Promise<Record<string, number>> {
  return page.evaluate((pairs) => {
    const rgb = (css: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) throw new Error(`unexpected colour ${css}`);
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const backgroundOf = (element: Element | null): { r: number; g: number; b: number } => {
      for (let e = element; e; e = e.parentElement) {
        const colour = rgb(getComputedStyle(e).backgroundColor);
        if (colour.a >= 0.99) return colour;
      }
      return rgb(getComputedStyle(document.body).backgroundColor);
    };
    const out: Record<string, number> = {};
    for (const pair of pairs) {
      const element = document.querySelector(pair.selector);
      if (!element) throw new Error(`${pair.name} (${pair.selector}) is not on the page`);
      const [l1, l2] = [luminance(rgb(getComputedStyle(element).color)), luminance(backgroundOf(element))].sort(
        (a, b) => b - a,
      );
      out[pair.name] = Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100;
    }
    return out;
  }, PAIRS);
}

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not laid out`);
  return box.height;
}

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const edgeWidth = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.shape-edge') ?? document.body).strokeWidth));

test.describe('presenter view', () => {
  test('enlarges type and targets about 1.5×, thickens edges, and passes 7:1 contrast in both themes', async ({
    page,
  }) => {
    await openApp(page);
    const before = {
      root: await rootFontSize(page),
      button: await heightOf(page.getByTestId('btn-presets')),
      palette: await heightOf(page.getByTestId('palette-dense')),
      field: await heightOf(page.getByTestId('training-learningRate')),
      edge: await edgeWidth(page),
    };
    await page.getByTestId('btn-presenter').click();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
    await expect(page.getByTestId('btn-presenter')).toHaveAttribute('aria-pressed', 'true');
    // The side columns fold to rails in the presenter view; unfolded, they show their controls enlarged.
    await page.getByTestId('rail-left-toggle').click();
    await page.getByTestId('rail-right-toggle').click();

    expect(await rootFontSize(page)).toBeCloseTo(before.root * 1.5, 1);
    expect((await heightOf(page.getByTestId('btn-presets'))) / before.button).toBeGreaterThanOrEqual(1.2);
    expect((await heightOf(page.getByTestId('palette-dense'))) / before.palette).toBeGreaterThanOrEqual(1.35);
    expect((await heightOf(page.getByTestId('training-learningRate'))) / before.field).toBeGreaterThanOrEqual(1.35);
    expect(await edgeWidth(page)).toBeGreaterThanOrEqual(before.edge * 1.5);

    for (const theme of ['light', 'dark']) {
      if ((await page.locator('html').getAttribute('data-theme')) !== theme) {
        // The theme switch waits in the presenter toolbar's More menu.
        await page.getByTestId('btn-toolbar-more').click();
        await page.getByTestId('btn-theme').click();
      }
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const ratios = await contrastRatios(page);
      for (const [name, ratio] of Object.entries(ratios))
        expect(ratio, `${theme} theme: ${name}`).toBeGreaterThanOrEqual(7);
    }

    // Off again: the normal look comes back.
    await page.locator('body').press('Control+Shift+P');
    await expect(page.locator('html')).not.toHaveAttribute('data-presenter', 'on');
    expect(await rootFontSize(page)).toBe(before.root);
  });

  test('is remembered on this machine and keeps a 1280×720 projector usable', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    await page.getByTestId('btn-presenter').click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');

    // Nothing scrolls sideways, every toolbar control is inside the window, and the canvas and dock keep room.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    for (const button of await page.locator('.toolbar button').all()) {
      const box = await button.boundingBox();
      expect(box, (await button.getAttribute('data-testid')) ?? 'a toolbar button').not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    }
    expect(await heightOf(page.getByTestId('canvas'))).toBeGreaterThanOrEqual(200);
    await expect(page.getByTestId('dock-tab-gradients')).toBeInViewport();
    // The training settings are a rail button away.
    await page.getByTestId('rail-training-settings').click();
    await expect(page.getByTestId('training-learningRate')).toBeVisible();
    await page.getByTestId('btn-presenter').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-presenter', 'on');
  });
});
