// Unsaved work survives a reload of the web page: it comes back as a draft, still marked unsaved.
import { expect, type Page, test } from '@playwright/test';
import { expectGraph, openApp, selectNode, setNumberField } from './support/editor';

/** The localStorage key the web build keeps its draft under. */
const DRAFT_KEY = 'mlp-studio:draft';

/** The project text of the stored draft, or null when there is none. */
async function draftText(page: Page): Promise<string | null> {
  const stored = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
  return stored === null ? null : (JSON.parse(stored) as { text: string }).text;
}

test.describe('drafts', () => {
  test('an edit comes back after a reload, marked unsaved, and Save clears the draft', async ({ page }) => {
    // A page with unsaved changes asks before it unloads; the person answers "leave".
    page.on('dialog', (dialog) => void dialog.accept());
    await openApp(page);
    expect(await draftText(page)).toBeNull();

    await selectNode(page, 'dense-1');
    await setNumberField(page, 'field-units', 20);
    await page.getByTestId('palette-dropout').click();
    const edited = { nodes: 7, params: 2 * 20 + 20 + 20 + 1 };
    await expectGraph(page, edited);
    // The draft is written a moment after the last edit.
    await expect.poll(() => draftText(page), { timeout: 10_000 }).toContain('"dropout-1"');

    await page.reload();
    await expectGraph(page, edited);
    await expect(page.getByTestId('node-dropout-1')).toBeVisible();
    await expect(page.getByTestId('node-params-dense-1')).toHaveText(`${2 * 20 + 20} params`);
    await expect(page.getByTestId('toast')).toContainText('Restored your unsaved changes');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    await download;
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect.poll(() => draftText(page)).toBeNull();

    await page.reload();
    await expectGraph(page, { nodes: 6, params: 2 * 8 + 8 + 8 + 1 });
  });
});
