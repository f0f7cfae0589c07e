// Undo and redo from the toolbar and the keyboard, checked against the graph after every step;
// a burst of typing and a drag each count as one step.
import { expect, type Page, test } from '@playwright/test';
import { clickEmptyCanvas, expectGraph, openApp, selectNode, setNumberField } from './support/editor';

/** Parameters of the starter network with `hidden` units: (2·h + h) + (h·1 + 1). */
const starterParams = (hidden: number) => 2 * hidden + hidden + hidden + 1;

async function expectButtons(page: Page, canUndo: boolean, canRedo: boolean) {
  await expect(page.getByTestId('btn-undo')).toBeEnabled({ enabled: canUndo });
  await expect(page.getByTestId('btn-redo')).toBeEnabled({ enabled: canRedo });
}

test.describe('undo and redo', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await expectGraph(page, { nodes: 6, edges: 5, params: starterParams(8) });
    await expectButtons(page, false, false);
  });

  test('buttons, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y step through adding a node and changing units', async ({ page }) => {
    await page.getByTestId('palette-dense').click();
    // A Linear with nothing connected has no known input width, so it adds no parameters yet.
    await expectGraph(page, { nodes: 7, params: starterParams(8) });
    await selectNode(page, 'dense-1');
    await setNumberField(page, 'field-units', 16);
    await expectGraph(page, { nodes: 7, params: starterParams(16) });
    await expect(page.getByTestId('dirty-marker')).toBeVisible();

    await page.getByTestId('btn-undo').click();
    await expectGraph(page, { nodes: 7, params: starterParams(8) });
    await page.keyboard.press('Control+z');
    await expectGraph(page, { nodes: 6, params: starterParams(8) });
    await expectButtons(page, false, true);
    // Back where it was loaded: nothing is unsaved any more.
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);

    await page.getByTestId('btn-redo').click();
    await expectGraph(page, { nodes: 7, params: starterParams(8) });
    await page.keyboard.press('Control+Shift+z');
    await expectGraph(page, { nodes: 7, params: starterParams(16) });
    await expectButtons(page, true, false);

    await page.keyboard.press('Control+z');
    await expectGraph(page, { nodes: 7, params: starterParams(8) });
    await page.keyboard.press('Control+y');
    await expectGraph(page, { nodes: 7, params: starterParams(16) });
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
  });

  test('everything typed into one field before leaving it is one undo step', async ({ page }) => {
    await selectNode(page, 'dense-1');
    const units = page.getByTestId('field-units');
    await units.click();
    await units.press('Control+a');
    await units.pressSequentially('24');
    await expectGraph(page, { nodes: 6, params: starterParams(24) });
    await units.press('Enter');
    await clickEmptyCanvas(page);

    await page.keyboard.press('Control+z');
    await expectGraph(page, { nodes: 6, params: starterParams(8) });
    await expectButtons(page, false, true);
  });

  test('a node dragged across the canvas moves back in one undo step', async ({ page }) => {
    const node = page.getByTestId('node-input-1');
    const before = await node.boundingBox();
    if (!before) throw new Error('The Input node is not on the canvas.');
    const grip = { x: before.x + before.width / 2, y: before.y + 12 };
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(grip.x + i * 10, grip.y + i * 6);
    await page.mouse.up();
    // React Flow starts the drag once the pointer has moved a little, so the card follows most of the 80 px.
    await expect.poll(async () => (await node.boundingBox())?.x ?? before.x).toBeGreaterThan(before.x + 50);

    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await node.boundingBox())?.x).toBeCloseTo(before.x, 0);
    await expect.poll(async () => (await node.boundingBox())?.y).toBeCloseTo(before.y, 0);
    await expectButtons(page, false, true);
  });
});
