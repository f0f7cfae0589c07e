// The presenter view on a projector and the lesson in a student's window: one toolbar row, side
// columns folded to rails, node names of 16 px or more and a main chart of 35 % of the height at
// 1280×720, a Charts layout that fills the centre, the lesson's checklist with Back and Next, and
// nothing drawn over a node (the strip above the canvas, the minimap, the lesson strip).
import { expect, type Locator, type Page, test } from '@playwright/test';
import { canvasPoint, centreOf, dragFromPalette, nodeCards, openApp, setNumberField } from './support/editor';

/** Opens a bundled lesson from the Presets menu. */
async function openPreset(page: Page, name: string): Promise<void> {
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${name}`).click();
  const confirm = page.getByTestId('confirm-ok');
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByTestId('file-name')).toContainText(name);
  await expect(nodeCards(page).first()).toBeVisible();
}

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not laid out`);
  return box;
}

/** The test ids of node cards that any element matching `overlays` covers. */
async function coveredNodes(page: Page, overlays: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll(selector)]
      .map((e) => e.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.height > 0);
    return [...document.querySelectorAll('[data-testid^="node-"][data-kind]')]
      .filter((card) => {
        const c = card.getBoundingClientRect();
        return boxes.some((b) => c.left < b.right && b.left < c.right && c.top < b.bottom && b.top < c.bottom);
      })
      .map((card) => card.getAttribute('data-testid') ?? '');
  }, overlays);
}

/** What a room reads off a node: the name's font size times the canvas zoom, in screen pixels. */
async function smallestNodeName(page: Page): Promise<number> {
  return page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    const zoom = Number(/matrix\(([^,]+),/.exec(transform)?.[1] ?? NaN);
    const sizes = [...document.querySelectorAll('.layer-node__name')].map(
      (e) => parseFloat(getComputedStyle(e).fontSize) * zoom,
    );
    return Math.min(...sizes);
  });
}

/** Everything that sits on or beside the canvas and must not cover a node. */
const OVERLAYS =
  '[data-testid="canvas-strip"] > *, [data-testid="lesson-strip"], .react-flow__minimap, .react-flow__controls, ' +
  '[data-testid="graph-issues"], [data-testid="runs-bar"], [data-testid="tint-legend"]';

test.describe('presenter view at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('one toolbar row, rails, readable nodes, a large chart, and the Charts layout', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('btn-presenter').click();
    await openPreset(page, 'moons-2-10-1');

    // One row: no taller than one button and its padding, every visible control inside the window.
    const toolbar = await boxOf(page.getByRole('toolbar', { name: 'Main toolbar' }));
    const train = await boxOf(page.getByTestId('btn-train'));
    expect(toolbar.height).toBeLessThan(train.height * 1.8);
    for (const control of await page.locator('.toolbar button:visible').all()) {
      const box = await boxOf(control);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(toolbar.y + toolbar.height);
    }
    // What the row leaves out waits in the More menu.
    await page.getByTestId('btn-toolbar-more').click();
    await expect(page.getByTestId('toolbar-overflow').getByTestId('btn-open')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('toolbar-overflow')).toHaveCount(0);

    // Side columns folded to rails; a rail opens its column at a section and folds it again.
    await expect(page.getByTestId('rail-left')).toBeVisible();
    await expect(page.getByTestId('rail-right')).toBeVisible();
    await expect(page.getByTestId('palette')).toHaveCount(0);
    await page.getByTestId('rail-training-settings').click();
    await expect(page.getByTestId('training-learningRate')).toBeInViewport();
    await page.getByTestId('rail-right-toggle').click();
    await expect(page.getByTestId('training-settings')).toHaveCount(0);

    // Node names at 16 px or more, and the main chart at least 35 % of the window's height.
    await page.getByTestId('btn-fit').click();
    await expect.poll(() => smallestNodeName(page)).toBeGreaterThanOrEqual(16);
    expect((await boxOf(page.getByTestId('chart-loss'))).height).toBeGreaterThanOrEqual(0.35 * 720);
    expect(await coveredNodes(page, OVERLAYS)).toEqual([]);

    // The dock resizes by its top edge.
    const before = (await boxOf(page.getByTestId('dock'))).height;
    const edge = await centreOf(page.getByTestId('dock-resize'));
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x, edge.y - 60, { steps: 4 });
    await page.mouse.up();
    expect((await boxOf(page.getByTestId('dock'))).height).toBeGreaterThan(before + 40);

    // The Charts layout: the canvas steps aside, boundary, loss and gradients fill the centre.
    await page.getByTestId('dock-present').click();
    await expect(page.getByTestId('canvas')).toBeHidden();
    // The boundary large on the left, the loss over the gradients on the right, each chart still 35 % of the height.
    expect((await boxOf(page.getByTestId('boundary'))).height).toBeGreaterThanOrEqual(0.7 * 720);
    expect((await boxOf(page.getByTestId('boundary'))).width).toBeGreaterThanOrEqual(0.45 * 1280);
    for (const view of ['chart-loss', 'chart-gradients'])
      expect((await boxOf(page.getByTestId(view))).height, view).toBeGreaterThanOrEqual(0.35 * 720);
    await page.getByTestId('dock-present').click();
    await expect(page.getByTestId('canvas')).toBeVisible();
  });

  test('the lesson strip steps through the lesson, and the gradient chart names and smooths its lines', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('btn-presenter').click();
    await openPreset(page, 'moons-2-10-1');
    const strip = page.getByTestId('lesson-strip');
    await expect(strip.getByTestId('lesson-strip-progress')).toHaveText('Step 1 of 4');
    const first = await page.getByTestId('lesson-strip-text').innerText();
    await expect(page.getByTestId('lesson-strip-back')).toBeDisabled();
    await page.getByTestId('lesson-strip-next').click();
    await expect(strip.getByTestId('lesson-strip-progress')).toHaveText('Step 2 of 4');
    await expect(page.getByTestId('lesson-strip-text')).not.toHaveText(first);
    await page.getByTestId('lesson-strip-back').click();
    await expect(page.getByTestId('lesson-strip-text')).toHaveText(first);

    for (let i = 0; i < 3; i++) await page.getByTestId('btn-step-epoch').click();
    const gradients = page.getByTestId('chart-gradients');
    await expect(gradients.getByTestId('toggle-smooth-gradients')).toBeChecked();
    const chart = gradients.getByTestId('series-canvas');
    await expect(chart).toHaveAttribute('data-end-labels', /Linear 1:.*\|Linear 2:|Linear 2:.*\|Linear 1:/);

    // A run that ends shows a notice in the strip above the canvas: the graph is refitted, whole and uncovered.
    await page.getByTestId('rail-training-settings').click();
    await setNumberField(page, 'training-epochs', 5);
    await page.getByTestId('rail-right-toggle').click();
    await page.getByTestId('btn-fit').click();
    await page.getByTestId('btn-train').click();
    await expect(page.getByTestId('training-notice')).toBeVisible();
    const canvas = await boxOf(page.getByTestId('canvas'));
    await expect
      .poll(async () => {
        const boxes = await nodeCards(page).evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().bottom));
        return Math.max(...boxes);
      })
      .toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(await coveredNodes(page, OVERLAYS)).toEqual([]);
  });
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`a student's window at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the Lesson tab lists the steps as a checklist with Back and Next, with or without the side columns', async ({
      page,
    }) => {
      await openApp(page);
      await openPreset(page, 'deep-sigmoid');
      await expect(page.getByTestId('dock-tab-lesson')).toBeInViewport({ ratio: 1 });
      await page.getByTestId('dock-tab-lesson').click();
      const panel = page.getByTestId('lesson-panel');
      await expect(panel.locator('[data-testid^="lesson-step-"]')).toHaveCount(5);
      await expect(page.getByTestId('lesson-step-0')).toHaveAttribute('data-state', 'current');
      await page.getByTestId('lesson-next').click();
      await page.getByTestId('lesson-next').click();
      await expect(page.getByTestId('lesson-step-0')).toHaveAttribute('data-state', 'done');
      await expect(page.getByTestId('lesson-step-2')).toHaveAttribute('data-state', 'current');
      await expect(page.getByTestId('lesson-progress')).toHaveText('Step 3 of 5');
      await page.getByTestId('lesson-back').click();
      await expect(page.getByTestId('lesson-step-1')).toHaveAttribute('data-state', 'current');
      await expect(page.getByTestId('lesson-step-1')).toBeInViewport();

      // With both side columns hidden the lesson is still there.
      await page.getByTestId('btn-toggle-left').click();
      await page.getByTestId('btn-toggle-right').click();
      await expect(page.getByTestId('lesson-step-1')).toBeInViewport();
      await expect(page.getByTestId('lesson-step-1')).toHaveAttribute('data-state', 'current');
    });

    test('the run switcher, the graph problems, a banner and the minimap never cover a node', async ({ page }) => {
      await openApp(page);
      // A run that ends shows a notice in the strip: the canvas gives it the room, and the graph stays whole in view.
      await setNumberField(page, 'training-epochs', 2);
      await page.getByTestId('btn-train').click();
      await expect(page.getByTestId('training-notice')).toBeVisible();
      expect(await coveredNodes(page, OVERLAYS)).toEqual([]);
      const canvas = await boxOf(page.getByTestId('canvas'));
      for (const card of await nodeCards(page).all()) {
        const box = await boxOf(card);
        expect(box.y + box.height, 'a card pushed below the canvas').toBeLessThanOrEqual(canvas.y + canvas.height + 1);
      }

      // A first node dropped on an empty canvas stays clear of the "no Output" problem.
      await page.getByTestId('btn-new').click();
      await page.getByTestId('new-empty').click();
      await page.getByTestId('confirm-ok').click();
      await expect(nodeCards(page)).toHaveCount(0);
      await dragFromPalette(page, 'dense', { x: 40, y: 30 });
      await expect(page.getByTestId('graph-issues')).toBeVisible();
      expect(await coveredNodes(page, OVERLAYS)).toEqual([]);

      // Two runs: the switcher sits in the strip above the canvas, clear of every card.
      await openPreset(page, 'moons-2-10-1');
      await page.getByTestId('btn-duplicate-run').click();
      await expect(page.getByTestId('run-tab-run-2')).toBeVisible();
      await page.getByTestId('btn-fit').click();
      expect(await coveredNodes(page, OVERLAYS)).toEqual([]);

      // Zoomed in so that the graph runs off the pane, the minimap appears, and Fit puts it away again.
      await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
      const middle = await canvasPoint(page, { x: 200, y: 120 });
      await page.mouse.move(middle.x, middle.y);
      for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
      await expect(page.locator('.react-flow__minimap')).toBeVisible();
      await page.getByTestId('btn-fit').click();
      await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    });
  });
}

test('the welcome list says when more examples wait below the fold', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?welcome=1');
  await expect(page.getByTestId('welcome')).toBeVisible();
  const more = page.getByTestId('welcome-more');
  await expect(more).toBeVisible();
  const list = page.locator('.welcome__examples');
  await more.click();
  await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await list.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
  await expect(more).toHaveCount(0);
});
