// Repeated layers as one block at 1280 × 720: select the 8-layer sigmoid lesson's hidden layers,
// collapse them into "8 × [Linear 16 → Sigmoid]", save, reopen, expand: the same graph as before.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

test.setTimeout(60_000);
test.use({ viewport: { width: 1280, height: 720 } });

const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

interface SavedGraph {
  graph: { nodes: { id: string; kind: string; params: unknown }[]; edges: { source: string; target: string }[]; groups?: unknown[] };
}

async function save(page: Page): Promise<{ path: string; file: SavedGraph }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const path = await (await download).path();
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as SavedGraph };
}

test('collapse, save, reopen and expand gives back the same graph', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId('preset-deep-sigmoid').click();
  await expect(page.getByTestId('node-dense-1')).toBeVisible();
  const { file: before } = await save(page);

  await page.getByTestId('node-dense-1').click();
  for (const id of hidden.slice(1)) await page.getByTestId(`node-${id}`).click({ modifiers: ['Control'] });
  await page.getByTestId('btn-collapse-group').click();
  const card = page.getByTestId('group-card-group-1');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('group-label-group-1')).toHaveText('8 × [Linear 16 → Sigmoid]');
  await expect(card.getByTestId('group-layer')).toHaveCount(16);
  // The other grouped cards are gone from the canvas; the layers around the group stay.
  await expect(page.getByTestId('node-dense-5')).toBeHidden();
  await expect(page.getByTestId('node-dense-9')).toBeVisible();

  const { path, file: collapsed } = await save(page);
  expect(collapsed.graph.groups).toEqual([{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: true }]);
  expect(collapsed.graph.nodes).toEqual(before.graph.nodes);

  await page.reload();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('btn-open').click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('group-label-group-1')).toHaveText('8 × [Linear 16 → Sigmoid]');
  await page.getByTestId('btn-expand-group-1').click();
  await expect(page.getByTestId('group-card-group-1')).toHaveCount(0);
  for (const id of hidden) await expect(page.getByTestId(`node-${id}`)).toBeVisible();

  const { file: expanded } = await save(page);
  expect(expanded.graph.nodes).toEqual(before.graph.nodes);
  expect(expanded.graph.edges).toEqual(before.graph.edges);
  expect(expanded.graph.groups).toEqual([{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: false }]);
});
