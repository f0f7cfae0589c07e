// Saving a project to a .mlp (a download on the web), reopening it after a reload, and refusing
// broken files while the open project stays as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import {
  connect,
  dragFromPalette,
  expectGraph,
  nodeCards,
  openApp,
  selectNode,
  setNumberField,
  totalParams,
} from './support/editor';
import { fixturePath } from './support/fixtures';

/** The parts of a .mlp a person edits; meta carries times that differ from save to save. */
interface ProjectContent {
  graph: {
    nodes: { id: string; kind: string; name: string; position: { x: number; y: number }; params: unknown }[];
    edges: unknown[];
  };
  data: unknown;
  training: unknown;
  notes: string;
}

/** Clicks Save and reads the .mlp the page downloads. */
async function saveByDownload(page: Page): Promise<{ name: string; path: string; file: ProjectContent }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const saved = await download;
  const path = await saved.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as ProjectContent & { format: string };
  expect(file.format).toBe('mlp-project');
  return { name: saved.suggestedFilename(), path, file };
}

/** Opens a file through the Open button and the file chooser it brings up. */
async function openThroughButton(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('btn-open').click();
  await (await chooser).setFiles(path);
}

test.describe('save and open', () => {
  test('a saved project reopens after a reload with the same nodes, parameters, edges and settings', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    // Make it unlike the starter: wider hidden layer, a renamed node, an extra branch, notes, another loss.
    await selectNode(page, 'dense-1');
    await setNumberField(page, 'field-units', 12);
    await page.getByTestId('field-name').fill('Hidden');
    await page.getByTestId('field-name').press('Enter');
    const extra = await dragFromPalette(page, 'dense', { x: 120, y: 40 });
    await connect(page, 'input-1', extra);
    await page.getByTestId('notes').fill('Try 4 units next.');
    await page.getByTestId('training-learningRate').fill('0.05');
    await page.getByTestId('training-learningRate').press('Enter');
    const nodes = await nodeCards(page).count();
    const params = await totalParams(page);
    expect(params).toBe(2 * 12 + 12 + 12 + 1 + (2 * 8 + 8));

    const first = await saveByDownload(page);
    expect(first.name).toMatch(/\.mlp$/);
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    const savedPath = testInfo.outputPath(first.name);
    writeFileSync(savedPath, readFileSync(first.path));

    await page.reload();
    await expect(nodeCards(page).first()).toBeVisible();
    // Saving cleared the draft, so the reload starts from the starter network again.
    await expectGraph(page, { nodes: 6, params: 2 * 8 + 8 + 8 + 1 });

    await openThroughButton(page, savedPath);
    await expectGraph(page, { nodes, params, edges: first.file.graph.edges.length });
    await expect(page.getByTestId('node-dense-1')).toContainText('Hidden');
    await expect(page.getByTestId('file-name')).toContainText(first.name.replace(/\.mlp$/, ''));
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);

    const second = await saveByDownload(page);
    expect(second.file.graph).toEqual(first.file.graph);
    expect(second.file.data).toEqual(first.file.data);
    expect(second.file.training).toEqual(first.file.training);
    expect(second.file.notes).toBe('Try 4 units next.');
  });

  for (const broken of [
    { file: 'truncated.mlp', says: /not valid JSON at line \d+, column \d+/ },
    { file: 'unknown-kind.mlp', says: /graph\.nodes\[3\]\.kind is "convolution".*Set kind to one of them/ },
  ]) {
    test(`'${broken.file}' is refused with a clear error and the open project stays as it was`, async ({ page }) => {
      await openApp(page);
      await selectNode(page, 'dense-1');
      await setNumberField(page, 'field-units', 5);
      const before = { nodes: await nodeCards(page).count(), params: await totalParams(page) };
      await saveByDownload(page);
      await expect(page.getByTestId('dirty-marker')).toHaveCount(0);

      await openThroughButton(page, fixturePath(broken.file));
      const toast = page.getByTestId('toast');
      await expect(toast).toHaveAttribute('data-kind', 'error');
      await expect(toast).toContainText(`Could not open '${broken.file}'`);
      await expect(toast).toContainText(broken.says);
      await expect(toast).toContainText('Your current project is unchanged.');
      await expectGraph(page, before);
      await expect(page.getByTestId('node-params-dense-1')).toHaveText(`${2 * 5 + 5} params`);
      await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
      await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);

      // The error stays until closed, because it says how to fix the file.
      await page.getByTestId('toast-close').click();
      await expect(toast).toHaveCount(0);
    });
  }
});
