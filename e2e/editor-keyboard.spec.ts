// Editing shortcuts on the canvas: select all, Delete and Backspace, copy and paste, duplicate.
import { expect, test } from '@playwright/test';
import { edgeLabels, expectGraph, nodeCards, nodeIds, openApp, selectNode } from './support/editor';

const STARTER = { nodes: 6, edges: 5, params: 2 * 8 + 8 + 8 + 1 };

test.describe('keyboard shortcuts', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await expectGraph(page, STARTER);
  });

  test('Ctrl+A selects every node, Delete removes them all, Ctrl+Z brings them back', async ({ page }) => {
    await page.getByTestId('canvas').click({ position: { x: 6, y: 6 } });
    await page.keyboard.press('Control+a');
    await expect(page.locator('.layer-node.is-selected')).toHaveCount(6);
    await page.keyboard.press('Delete');
    await expectGraph(page, { nodes: 0, edges: 0, params: 0 });
    await page.keyboard.press('Control+z');
    await expectGraph(page, STARTER);
  });

  test('Backspace deletes the selected node and the edges that touch it', async ({ page }) => {
    await selectNode(page, 'activation-1');
    await page.keyboard.press('Backspace');
    await expect(page.getByTestId('node-activation-1')).toHaveCount(0);
    // Linear 2 lost its input, so its 9 weights are no longer known.
    await expectGraph(page, { nodes: 5, edges: 3, params: 2 * 8 + 8 });
  });

  test('Ctrl+C then Ctrl+V pastes a copy of a connected pair with the edge between them', async ({ page }) => {
    await selectNode(page, 'dense-1');
    await page
      .getByTestId('node-activation-1')
      .locator('.layer-node__name')
      .click({ modifiers: ['Control'] });
    await expect(page.locator('.layer-node.is-selected')).toHaveCount(2);
    const before = new Set(await nodeIds(page));
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(nodeCards(page)).toHaveCount(8);
    await expect(edgeLabels(page)).toHaveCount(6);
    const pasted = (await nodeIds(page)).filter((id) => !before.has(id));
    expect(pasted.map((id) => id.replace(/-\d+$/, '')).sort()).toEqual(['activation', 'dense']);
    // The copies are what is selected now, and the Linear copy keeps its 8 units.
    await expect(page.locator('.layer-node.is-selected')).toHaveCount(2);
    const denseCopy = pasted.find((id) => id.startsWith('dense-')) as string;
    await expect(page.getByTestId(`node-${denseCopy}`)).toContainText('8 units');

    // Pasting again makes another copy rather than stacking on the first.
    await page.keyboard.press('Control+v');
    await expect(nodeCards(page)).toHaveCount(10);
    await expect(edgeLabels(page)).toHaveCount(7);
  });

  test('Ctrl+D duplicates the selection, and one undo removes the duplicate', async ({ page }) => {
    await selectNode(page, 'dense-2');
    await page.keyboard.press('Control+d');
    await expect(nodeCards(page)).toHaveCount(7);
    const copy = (await nodeIds(page)).find(
      (id) => id.startsWith('dense-') && id !== 'dense-1' && id !== 'dense-2',
    ) as string;
    await expect(page.getByTestId(`node-${copy}`)).toContainText('1 unit');
    await expect(page.getByTestId(`node-${copy}`)).toHaveClass(/is-selected/);
    await page.keyboard.press('Control+z');
    await expectGraph(page, STARTER);
  });

  test('shortcuts leave text fields alone: Ctrl+A and Backspace edit the field, not the graph', async ({ page }) => {
    await selectNode(page, 'dense-1');
    const units = page.getByTestId('field-units');
    await units.click();
    await units.press('Control+a');
    await units.press('Backspace');
    await expect(units).toHaveValue('');
    await expectGraph(page, STARTER);
    await expect(page.getByTestId('field-units-error')).toBeVisible();
    await units.pressSequentially('12');
    await units.press('Enter');
    await expectGraph(page, { ...STARTER, params: 2 * 12 + 12 + 12 + 1 });
  });
});
