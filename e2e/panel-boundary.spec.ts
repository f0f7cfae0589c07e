// A panel that throws while rendering is replaced by a compact message naming it; the toolbar, the
// canvas and the other panels keep working, the document keeps its edits, "Save a copy" saves them
// and "Reload view" brings the panel back. The failure is forced through the boundaries' test hook
// (renderer/ui/panel-boundary/crash-probe.tsx), which listens only in an automated browser.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectGraph, nodeCards, openApp, selectNode } from './support/editor';

/** Asks the panel with this boundary id to throw on its next render. */
async function crash(page: Page, panel: string): Promise<void> {
  await page.evaluate((id) => window.dispatchEvent(new CustomEvent('mlp-test-crash', { detail: id })), panel);
}

test.describe('panel error boundaries', () => {
  test('a failing inspector leaves the app and the document intact, saves a copy, and reloads', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page);
    await selectNode(page, 'dense-1');
    await page.getByTestId('field-name').fill('Kept edit');
    await page.getByTestId('field-name').press('Enter');
    await expect(page.getByTestId('node-dense-1')).toContainText('Kept edit');

    await crash(page, 'inspector');
    const message = page.getByTestId('panel-error-inspector');
    await expect(message).toBeVisible();
    await expect(message).toContainText('The inspector stopped working');
    await expect(page.getByTestId('panel-error-message-inspector')).toHaveText(
      "The test asked the 'inspector' panel to fail",
    );
    await expect(page.getByTestId('field-name')).toHaveCount(0);
    // Everything else is still there and still works.
    await expect(page.getByTestId('btn-save')).toBeVisible();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('dock')).toBeVisible();
    await expectGraph(page, { nodes: 6, params: 2 * 8 + 8 + 8 + 1 });
    await expect(page.getByTestId('node-dense-1')).toContainText('Kept edit');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByTestId('panel-save-copy-inspector').click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      graph: { nodes: { id: string; name: string }[] };
    };
    expect(saved.graph.nodes.find((n) => n.id === 'dense-1')?.name).toBe('Kept edit');

    await page.getByTestId('panel-reload-inspector').click();
    await expect(page.getByTestId('panel-error-inspector')).toHaveCount(0);
    await expect(page.getByTestId('field-name')).toHaveValue('Kept edit');
    // The test crash is caught by its boundary: nothing reaches the page as an uncaught error.
    expect(errors).toEqual([]);
  });

  test('a failing dock view, canvas or toolbar is contained to itself', async ({ page }) => {
    await openApp(page);
    await crash(page, 'view-loss');
    await expect(page.getByTestId('panel-error-view-loss')).toContainText('The Loss view stopped working');
    await expect(page.getByTestId('chart-loss')).toHaveCount(0);
    await expect(page.getByTestId('boundary')).toBeVisible();

    await crash(page, 'canvas');
    await expect(page.getByTestId('panel-error-canvas')).toBeVisible();
    await expect(page.getByTestId('btn-open')).toBeVisible();
    await expect(page.getByTestId('dock')).toBeVisible();
    await page.getByTestId('panel-reload-canvas').click();
    await expect(nodeCards(page)).toHaveCount(6);

    await crash(page, 'toolbar');
    await expect(page.getByTestId('panel-error-toolbar')).toBeVisible();
    await expect(nodeCards(page)).toHaveCount(6);
    await page.getByTestId('panel-reload-toolbar').click();
    await expect(page.getByTestId('btn-save')).toBeVisible();
    await page.getByTestId('panel-reload-view-loss').click();
    await expect(page.getByTestId('chart-loss')).toBeVisible();
  });
});
