/**
 * What the editor specs do the way a person does it: drag from the palette, wire handles with the
 * mouse, read the canvas and the toolbar. Everything is found by data-testid.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { NodeKind } from '../../src/graph/types';

/** Every node card on the canvas (the card root carries data-kind; its parts do not). */
export function nodeCards(page: Page): Locator {
  return page.locator('[data-testid^="node-"][data-kind]');
}

/** Every edge label on the canvas, one per edge. */
export function edgeLabels(page: Page): Locator {
  return page.locator('[data-testid^="edge-label-"]');
}

/** The ids of the nodes on the canvas, in document order. */
export async function nodeIds(page: Page): Promise<string[]> {
  const testIds = await nodeCards(page).evaluateAll((cards) =>
    cards.map((card) => card.getAttribute('data-testid') ?? ''),
  );
  return testIds.map((testId) => testId.replace(/^node-/, ''));
}

/** The total parameter count the toolbar shows, as a number. */
export async function totalParams(page: Page): Promise<number> {
  const text = await page.getByTestId('total-params').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Waits until the canvas shows `nodes` nodes and the toolbar `params` parameters. */
export async function expectGraph(
  page: Page,
  counts: { nodes: number; params: number; edges?: number },
): Promise<void> {
  await expect(nodeCards(page)).toHaveCount(counts.nodes);
  if (counts.edges !== undefined) await expect(edgeLabels(page)).toHaveCount(counts.edges);
  await expect.poll(() => totalParams(page)).toBe(counts.params);
}

/** The centre of an element on the page, failing clearly when it is not laid out. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on the page; is it rendered and visible?`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point on the canvas, given as offsets from its top-left corner, in page coordinates. */
export async function canvasPoint(page: Page, offset: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('The canvas is not on the page.');
  return { x: box.x + offset.x, y: box.y + offset.y };
}

/**
 * Drags a palette entry onto the canvas with the mouse (press, move in steps, release) and returns
 * the id of the node that appeared; `at` is relative to the canvas's top-left corner.
 */
export async function dragFromPalette(page: Page, kind: NodeKind, at: { x: number; y: number }): Promise<string> {
  const before = new Set(await nodeIds(page));
  const from = await centreOf(page.getByTestId(`palette-${kind}`));
  const to = await canvasPoint(page, at);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await expect(nodeCards(page)).toHaveCount(before.size + 1);
  const added = (await nodeIds(page)).filter((id) => !before.has(id));
  expect(added, `one new node after dropping '${kind}'`).toHaveLength(1);
  return added[0];
}

/** Presses on a node's output handle and releases over another node's input handle, moving in small steps like a hand. */
export async function dragConnection(page: Page, sourceId: string, targetId: string): Promise<void> {
  const from = await centreOf(page.getByTestId(`handle-out-${sourceId}`));
  const to = await centreOf(page.getByTestId(`handle-in-${targetId}`));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 20, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Connects two nodes with the mouse and waits for the new edge's label. */
export async function connect(page: Page, sourceId: string, targetId: string): Promise<void> {
  const edges = await edgeLabels(page).count();
  await dragConnection(page, sourceId, targetId);
  await expect(edgeLabels(page)).toHaveCount(edges + 1);
}

/** Selects a node by clicking its name, and waits for the inspector to show it. */
export async function selectNode(page: Page, id: string): Promise<void> {
  await page.getByTestId(`node-${id}`).locator('.layer-node__name').click();
  await expect(page.getByTestId(`inspector-${id}`)).toBeVisible();
}

/** Types a value into a number field of the inspector and commits it with Enter. */
export async function setNumberField(page: Page, testId: string, value: number): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(String(value));
  await field.press('Enter');
  await expect(field).toHaveValue(String(value));
}

/** Clicks an empty spot of the canvas (top-left corner), clearing the selection and leaving any text field. */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  await page.getByTestId('canvas').click({ position: { x: 6, y: 6 } });
}

/** Opens the app with no draft and no leftovers of an earlier test, and waits for the starting network. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(nodeCards(page).first()).toBeVisible();
}

/** Starts a new project from the New menu: the starter network, or an empty canvas. */
export async function newProject(page: Page, template: 'starter' | 'empty'): Promise<void> {
  await page.getByTestId('btn-new').click();
  await page.getByTestId(`new-${template}`).click();
  if (template === 'empty') await expect(nodeCards(page)).toHaveCount(0);
  else await expect(nodeCards(page).first()).toBeVisible();
}
