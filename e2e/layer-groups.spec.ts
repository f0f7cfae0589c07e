// Repeated layers as one block at 1280 × 720: the 8-layer sigmoid lesson opens with its hidden
// layers as "8 × [Linear 16 → Sigmoid]"; expand, collapse, save, reopen, expand: the same graph.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

test.setTimeout(60_000);
test.use({ viewport: { width: 1280, height: 720 } });

const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

interface SavedGraph {
  graph: {
    nodes: { id: string; kind: string; params: unknown }[];
    edges: { source: string; target: string }[];
    groups?: unknown[];
  };
}

async function save(page: Page): Promise<{ path: string; file: SavedGraph }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const path = await (await download).path();
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as SavedGraph };
}

test('the lesson opens collapsed; expand, collapse again, save, reopen and expand gives back the same graph', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('btn-presets').click();
  await page.getByTestId('preset-deep-sigmoid').click();
  // The lesson ships with its hidden layers as one group card; the layers around the group stay.
  const card = page.getByTestId('group-card-group-1');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('group-label-group-1')).toHaveText('8 × [Linear 16 → Sigmoid]');
  await expect(card.getByTestId('group-layer')).toHaveCount(16);
  await expect(page.getByTestId('node-dense-5')).toBeHidden();
  await expect(page.getByTestId('node-dense-9')).toBeVisible();
  const { file: shipped } = await save(page);
  expect(shipped.graph.groups).toEqual([{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: true }]);

  // Expanded, every layer is a card again; the group is kept, marked expanded, and the graph is unchanged.
  await page.getByTestId('btn-expand-group-1').click();
  await expect(card).toHaveCount(0);
  for (const id of hidden) await expect(page.getByTestId(`node-${id}`)).toBeVisible();
  const { file: before } = await save(page);
  expect(before.graph.groups).toEqual([{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: false }]);
  expect(before.graph.nodes).toEqual(shipped.graph.nodes);

  // Undo collapses it again; saved, reopened and expanded, it is the same graph.
  await page.getByTestId('btn-undo').click();
  await expect(page.getByTestId('group-label-group-1')).toHaveText('8 × [Linear 16 → Sigmoid]');
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
