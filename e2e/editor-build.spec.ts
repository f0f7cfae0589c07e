// Building a network by hand from an empty canvas: palette drag-and-drop, wiring handle to handle,
// the inspector, the shapes and parameter counts on the canvas, and connections the editor refuses.
import { expect, type Page, test } from '@playwright/test';
import {
  canvasPoint,
  connect,
  dragConnection,
  dragFromPalette,
  edgeLabels,
  expectGraph,
  newProject,
  nodeCards,
  openApp,
  selectNode,
  setNumberField,
} from './support/editor';

/** Where each node of the 2-10-1 network is dropped: two rows of three, clear of the minimap. */
const SPOTS = {
  input: { x: 110, y: 130 },
  hidden: { x: 360, y: 130 },
  relu: { x: 610, y: 130 },
  last: { x: 110, y: 330 },
  sigmoid: { x: 360, y: 330 },
  output: { x: 610, y: 330 },
};

/** Builds Input(2) → Linear 10 → ReLU → Linear 1 → Sigmoid → Output with the mouse and the inspector; returns the node ids. */
async function buildTwoTenOne(page: Page) {
  const input = await dragFromPalette(page, 'input', SPOTS.input);
  const hidden = await dragFromPalette(page, 'dense', SPOTS.hidden);
  const relu = await dragFromPalette(page, 'activation', SPOTS.relu);
  const last = await dragFromPalette(page, 'dense', SPOTS.last);
  const sigmoid = await dragFromPalette(page, 'activation', SPOTS.sigmoid);
  const output = await dragFromPalette(page, 'output', SPOTS.output);
  await connect(page, input, hidden);
  await connect(page, hidden, relu);
  await connect(page, relu, last);
  await connect(page, last, sigmoid);
  await connect(page, sigmoid, output);
  await selectNode(page, hidden);
  await setNumberField(page, 'field-units', 10);
  await selectNode(page, last);
  await setNumberField(page, 'field-units', 1);
  await selectNode(page, sigmoid);
  await page.getByTestId('field-activation').selectOption('sigmoid');
  return { input, hidden, relu, last, sigmoid, output };
}

test.describe('building a network by hand', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await newProject(page, 'empty');
  });

  test('an empty canvas starts with nothing to count and says what is missing', async ({ page }) => {
    await expectGraph(page, { nodes: 0, edges: 0, params: 0 });
    await expect(page.getByTestId('graph-issues')).toContainText(/Input/);
    await expect(page.getByTestId('empty-canvas')).toContainText('palette');
    await dragFromPalette(page, 'input', SPOTS.input);
    await expect(page.getByTestId('empty-canvas')).toHaveCount(0);
  });

  test('a node dropped from the palette lands under the pointer', async ({ page }) => {
    const spot = { x: 300, y: 200 };
    const id = await dragFromPalette(page, 'dense', spot);
    const pointer = await canvasPoint(page, spot);
    const box = await page.getByTestId(`node-${id}`).boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(pointer.x).toBeGreaterThan(box.x);
    expect(pointer.x).toBeLessThan(box.x + box.width);
    expect(pointer.y).toBeGreaterThan(box.y);
    expect(pointer.y).toBeLessThan(box.y + box.height);
  });

  test('drag, wire and set units to get 2-10-1 with its shapes and 41 parameters', async ({ page }) => {
    const ids = await buildTwoTenOne(page);
    await expectGraph(page, { nodes: 6, edges: 5, params: 2 * 10 + 10 + (10 * 1 + 1) });
    await expect(page.getByTestId('total-params')).toContainText('41');

    const shapes: [string, number][] = [
      [ids.input, 2],
      [ids.hidden, 10],
      [ids.relu, 10],
      [ids.last, 1],
      [ids.sigmoid, 1],
    ];
    for (const [id, width] of shapes) await expect(page.getByTestId(`node-shape-${id}`)).toHaveText(`[B, ${width}]`);
    await expect(page.getByTestId(`node-params-${ids.hidden}`)).toHaveText('30 params');
    await expect(page.getByTestId(`node-params-${ids.last}`)).toHaveText('11 params');
    await expect(page.getByTestId(`node-params-${ids.relu}`)).toHaveText('0 params');

    // Each edge carries its source's output, in full or as [B, n] where the nodes sit close.
    const edgeTexts = await edgeLabels(page).allInnerTexts();
    const widths = edgeTexts.map((text) => Number(/\[(?:batch|B), (\d+)\]/.exec(text)?.[1])).sort((a, b) => a - b);
    expect(widths).toEqual([1, 1, 2, 10, 10]);

    await expect(page.getByTestId(`node-${ids.sigmoid}`)).toContainText('Sigmoid');
    await expect(page.getByTestId('graph-issues')).toHaveCount(0);
    await expect(page.locator('[data-testid^="node-badge-"]')).toHaveCount(0);
  });

  test('refuses a second input into a Linear and a node feeding itself, saying why', async ({ page }) => {
    const ids = await buildTwoTenOne(page);
    await expect(edgeLabels(page)).toHaveCount(5);

    await dragConnection(page, ids.input, ids.last);
    const refusal = page.getByTestId('connection-refusal');
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(/takes one input and already has 'ReLU \d+'/);
    await expect(edgeLabels(page)).toHaveCount(5);

    await dragConnection(page, ids.hidden, ids.hidden);
    await expect(refusal).toContainText('cannot feed itself');
    await expect(edgeLabels(page)).toHaveCount(5);
    await expectGraph(page, { nodes: 6, params: 41 });
  });

  test('a dangling Linear carries a badge naming its problem until it is wired', async ({ page }) => {
    const input = await dragFromPalette(page, 'input', SPOTS.input);
    const hidden = await dragFromPalette(page, 'dense', SPOTS.hidden);
    const badge = page.getByTestId(`node-badge-${hidden}`);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('aria-label', /input/i);
    await connect(page, input, hidden);
    await expect(page.getByTestId(`node-shape-${hidden}`)).toHaveText('[B, 8]');
    await expect(nodeCards(page)).toHaveCount(2);
  });
});
