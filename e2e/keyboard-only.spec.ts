// The main workflow with the keyboard alone, no mouse event at all: clear the canvas, build the 2-10-1 moons network
// from the palette, wire it with the canvas's connect mode and the inspector's "Connect to…" field, move, disconnect,
// delete and undo, pick the dataset, train past 95 % validation accuracy, pause, step, scrub the timeline, open every
// dock view, and save the project.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { NodeKind } from '../src/graph/types';
import { edgeLabels, nodeCards, totalParams } from './support/editor';

// Training runs on this machine's CPU: room for the run to reach 95 %.
test.setTimeout(120_000);

/** The canvas element (card wrapper) of a node, which takes keyboard focus. */
function card(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Focuses an element and presses a key on it, as Tab and a key press would. */
async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

/** Adds a node with Enter on its palette entry and returns its id, read from the inspector that now shows it. */
async function addFromPalette(page: Page, kind: NodeKind): Promise<string> {
  const before = await nodeCards(page).count();
  await press(page.getByTestId(`palette-${kind}`), 'Enter');
  await expect(nodeCards(page)).toHaveCount(before + 1);
  const testId = await page.locator('.node-inspector').getAttribute('data-testid');
  return (testId ?? '').replace(/^inspector-/, '');
}

/** Types a new value into a number field (select all, type, Enter) and waits until it shows. */
async function typeNumber(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(value);
}

/** The translate of a card on the canvas, in canvas units. */
async function cardPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await card(page, id).evaluate((el) => (el as HTMLElement).style.transform);
  const [x, y] = (transform.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { x, y };
}

/** Connects with the canvas's connect mode: C on the source card, arrows to the target, Enter. */
async function connectOnCanvas(page: Page, source: string, target: string): Promise<void> {
  await press(card(page, source), 'c');
  const banner = page.getByTestId('connect-mode');
  await expect(banner).toBeVisible();
  for (let tries = 0; tries < 8 && (await banner.getAttribute('data-target')) !== target; tries++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(banner).toHaveAttribute('data-target', target);
  await page.keyboard.press('Enter');
  await expect(banner).toHaveCount(0);
}

/** Connects with the inspector: Enter selects the source card, then the "Connect to…" field and its button. */
async function connectInInspector(page: Page, source: string, target: string): Promise<void> {
  await press(card(page, source), 'Enter');
  const field = page.getByTestId('connect-to');
  await expect(page.getByTestId(`inspector-${source}`)).toBeVisible();
  await field.focus();
  for (let tries = 0; tries < 8 && (await field.inputValue()) !== target; tries++)
    await page.keyboard.press('ArrowDown');
  await expect(field).toHaveValue(target);
  await press(page.getByTestId('connect-to-apply'), 'Enter');
}

/** The validation accuracy the dock shows, as a fraction; NaN for a dash. */
async function validationAccuracy(page: Page): Promise<number> {
  const text = (await page.getByTestId('metric-val-acc').first().innerText()).trim();
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number.NaN;
}

test('builds, trains and saves the 2-10-1 moons network with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(nodeCards(page).first()).toBeVisible();

  await test.step('clear the starter network: Ctrl+A on a card, then Delete', async () => {
    await card(page, 'input-1').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect(nodeCards(page)).toHaveCount(0);
  });

  const ids: string[] = [];
  await test.step('add the six layers from the palette with Enter and set their parameters', async () => {
    ids.push(await addFromPalette(page, 'input'));
    ids.push(await addFromPalette(page, 'dense'));
    await typeNumber(page, 'field-units', '10');
    ids.push(await addFromPalette(page, 'activation'));
    await expect(page.getByTestId('field-activation')).toHaveValue('relu');
    ids.push(await addFromPalette(page, 'dense'));
    await typeNumber(page, 'field-units', '1');
    ids.push(await addFromPalette(page, 'activation'));
    const activation = page.getByTestId('field-activation');
    await activation.focus();
    for (let tries = 0; tries < 10 && (await activation.inputValue()) !== 'sigmoid'; tries++) {
      await page.keyboard.press('ArrowUp');
    }
    await expect(activation).toHaveValue('sigmoid');
    ids.push(await addFromPalette(page, 'output'));
    await expect(nodeCards(page)).toHaveCount(6);
  });

  const [input, hidden, relu, last, sigmoid, output] = ids;
  await test.step('connect three links on the canvas (C, arrows, Enter) and two in the inspector', async () => {
    await connectOnCanvas(page, input, hidden);
    await connectOnCanvas(page, hidden, relu);
    await connectOnCanvas(page, relu, last);
    await connectInInspector(page, last, sigmoid);
    await connectInInspector(page, sigmoid, output);
    await expect(edgeLabels(page)).toHaveCount(5);
    await expect.poll(() => totalParams(page)).toBe(2 * 10 + 10 + 10 + 1);
    await expect(card(page, hidden)).toHaveAttribute('aria-label', /output \[B, 10\], 30 params/);
    // The screen reader's list of layers follows the graph, input to output.
    await expect(page.getByTestId('layer-list').locator('li')).toHaveCount(6);
    await expect(page.getByTestId('layer-list').locator('li').nth(1)).toHaveText(
      /Linear layer, output \[B, 10\], 30 params, from /,
    );
  });

  await test.step('disconnect in the inspector, delete an edge from the canvas, and undo both', async () => {
    await press(card(page, output), 'Enter');
    const disconnect = page.locator('[data-testid^="disconnect-"]');
    await expect(disconnect).toHaveCount(1);
    await press(disconnect, 'Enter');
    await expect(edgeLabels(page)).toHaveCount(4);
    await page.keyboard.press('Control+z');
    await expect(edgeLabels(page)).toHaveCount(5);

    // Tab walks the cards in reading order and then the edges; Delete removes the focused edge (the output card,
    // selected above, stays).
    await card(page, output).focus();
    const edge = page.locator('.react-flow__edge:focus');
    for (let tabs = 0; tabs < 6 && (await edge.count()) === 0; tabs++) {
      await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
      await page.keyboard.press('Tab');
    }
    await expect(edge).toHaveCount(1);
    await page.keyboard.press('Delete');
    await expect(edgeLabels(page)).toHaveCount(4);
    await expect(card(page, output)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(edgeLabels(page)).toHaveCount(5);

    // The same for a card: with the output card selected, Delete on another focused card removes that one only.
    await press(card(page, output), 'Enter');
    await card(page, relu).focus();
    const cardsBefore = await nodeCards(page).count();
    await page.keyboard.press('Delete');
    await expect(nodeCards(page)).toHaveCount(cardsBefore - 1);
    await expect(card(page, relu)).toHaveCount(0);
    await expect(card(page, output)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(nodeCards(page)).toHaveCount(cardsBefore);
  });

  await test.step('move a card with the arrows, and undo the whole move in one step', async () => {
    await press(card(page, relu), 'Enter');
    const start = await cardPosition(page, relu);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => cardPosition(page, relu)).toEqual({ x: start.x + 50, y: start.y + 20 });
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardPosition(page, relu)).toEqual(start);
    await expect(edgeLabels(page)).toHaveCount(5);
  });

  await test.step('pick the dataset with the arrow keys', async () => {
    const kind = page.getByTestId('dataset-kind');
    await press(kind, 'ArrowDown');
    await expect(kind).toHaveValue('circles');
    await page.keyboard.press('ArrowUp');
    await expect(kind).toHaveValue('moons');
  });

  await test.step('choose Adam at 0.03 for 100 epochs in the training settings', async () => {
    const optimizer = page.getByTestId('training-optimizer');
    await optimizer.focus();
    for (let tries = 0; tries < 6 && (await optimizer.inputValue()) !== 'adam'; tries++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(optimizer).toHaveValue('adam');
    await typeNumber(page, 'training-learningRate', '0.03');
    await typeNumber(page, 'training-epochs', '100');
  });

  await test.step('train past 95 % validation accuracy, then pause and step', async () => {
    await press(page.getByTestId('btn-train'), 'Enter');
    await expect
      .poll(() => validationAccuracy(page), { timeout: 90_000, intervals: [250] })
      .toBeGreaterThanOrEqual(0.95);
    const pause = page.getByTestId('btn-pause');
    if (await pause.isEnabled()) await press(pause, 'Enter');
    await expect(page.getByTestId('btn-train')).toBeEnabled();
    await expect(page.getByTestId('training-announcer')).toHaveText(/^Training (finished|paused)/);
    const step = Number(await page.getByTestId('counter-step').innerText());
    await press(page.getByTestId('btn-step'), 'Enter');
    await expect.poll(async () => Number(await page.getByTestId('counter-step').innerText())).toBe(step + 1);
  });

  await test.step('scrub the timeline back with the keyboard', async () => {
    const scrubber = page.getByTestId('boundary-scrubber');
    await expect(scrubber).toBeEnabled();
    await press(scrubber, 'Home');
    await expect(page.getByTestId('boundary-live')).toBeEnabled();
    await expect(page.getByTestId('boundary-moment')).toHaveText(/^epoch \d/);
    await press(page.getByTestId('boundary-live'), 'Enter');
    await expect(page.getByTestId('boundary-live')).toBeDisabled();
  });

  await test.step('open every dock view with the arrow keys', async () => {
    const tabs = page.locator('[data-testid^="dock-tab-"]');
    const count = await tabs.count();
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('Home');
    const opened: string[] = [];
    for (let i = 0; i < count; i++) {
      const selected = page.locator('[role="tab"][aria-selected="true"]');
      await expect(selected).toBeFocused();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      opened.push((await selected.getAttribute('data-testid')) ?? '');
      await page.keyboard.press('ArrowRight');
    }
    expect(new Set(opened).size).toBe(count);
  });

  await test.step('save with Ctrl+S', async () => {
    const download = page.waitForEvent('download');
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('Control+s');
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      graph: { nodes: { kind: string; params: { units?: number } }[]; edges: unknown[] };
    };
    expect(file.graph.nodes.map((n) => n.kind)).toEqual([
      'input',
      'dense',
      'activation',
      'dense',
      'activation',
      'output',
    ]);
    expect(file.graph.nodes.filter((n) => n.kind === 'dense').map((n) => n.params.units)).toEqual([10, 1]);
    expect(file.graph.edges).toHaveLength(5);
  });
});
