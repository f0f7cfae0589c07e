// Every bundled example opens from the Presets menu and shows its whole network, laid out to be read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { edgeLabels, expectGraph, nodeCards, openApp } from './support/editor';

interface ExampleNode {
  id: string;
  kind: string;
  name: string;
  params: { units?: number; useBias?: boolean; features?: string[]; columns?: number; source?: string };
}

interface Example {
  fileName: string;
  title: string;
  nodes: ExampleNode[];
  edges: { source: string; target: string }[];
  /** The example opens in the Classic rules workspace (single neuron) rather than on the canvas. */
  opensClassic: boolean;
  /** Repeated layers shown as one card; a collapsed one hides its layers' cards until expanded. */
  groups: { id: string; collapsed: boolean }[];
}

const EXAMPLES_DIR = join(process.cwd(), 'assets', 'examples');

function readExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.mlp'))
    .sort()
    .map((fileName) => {
      const file = JSON.parse(readFileSync(join(EXAMPLES_DIR, fileName), 'utf8'));
      return {
        fileName,
        title: file.meta.title,
        nodes: file.graph.nodes,
        edges: file.graph.edges,
        opensClassic: file.classic?.open === true,
        groups: file.graph.groups ?? [],
      };
    });
}

/**
 * The weights of a network of Input, Linear, activation, BatchNorm, Add and Output nodes, counted
 * by hand from the file in data-flow order: a Linear of u units after a width w holds w·u weights
 * plus u biases; a BatchNorm over width w holds γ, β, the moving mean and variance (4·w).
 */
function networkParams(example: Example): number {
  const width = new Map<string, number>();
  const inputsOf = (id: string) => example.edges.filter((e) => e.target === id).map((e) => width.get(e.source));
  let total = 0;
  const pending = [...example.nodes];
  while (pending.length > 0) {
    const index = pending.findIndex((n) => inputsOf(n.id).every((w) => w !== undefined));
    if (index < 0) throw new Error(`${example.fileName}: the graph has a cycle or a dangling edge.`);
    const [node] = pending.splice(index, 1);
    const p = node.params;
    const incoming = (inputsOf(node.id)[0] ?? 0) as number;
    if (node.kind === 'input') width.set(node.id, p.source === 'plane' ? (p.features?.length ?? 0) : (p.columns ?? 0));
    else if (node.kind === 'dense') {
      total += incoming * (p.units ?? 0) + (p.useBias ? (p.units ?? 0) : 0);
      width.set(node.id, p.units ?? 0);
    } else if (node.kind === 'batchNorm') {
      total += 4 * incoming;
      width.set(node.id, incoming);
    } else if (node.kind === 'activation' || node.kind === 'add' || node.kind === 'output')
      width.set(node.id, incoming);
    else throw new Error(`${example.fileName}: count '${node.kind}' by hand here first.`);
  }
  return total;
}

/** Whether every node card lies wholly inside the canvas. */
async function allNodesInView(page: Page): Promise<boolean> {
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!canvas) return false;
  const boxes = await nodeCards(page).evaluateAll((cards) =>
    cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect),
  );
  return boxes.every(
    (b) =>
      b.left >= canvas.x &&
      b.top >= canvas.y &&
      b.right <= canvas.x + canvas.width &&
      b.bottom <= canvas.y + canvas.height,
  );
}

const examples = readExamples();

test('at least one example project is bundled', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test.describe('presets', () => {
  for (const example of examples) {
    test(`'${example.title}' opens with its ${example.nodes.length} nodes in view`, async ({ page }) => {
      await openApp(page);
      await page.getByTestId('btn-presets').click();
      const item = page.getByTestId(`preset-${example.fileName.replace(/\.mlp$/, '')}`);
      await expect(item).toContainText(example.title);
      await item.click();
      await expect(page.getByTestId('presets-menu')).toHaveCount(0);
      if (example.opensClassic) {
        // It opens on the single neuron; its network is one click away, behind the workspace.
        await expect(page.getByTestId('classic-workspace')).toBeVisible();
        await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
        await page.getByTestId('classic-close').click();
      }

      await expect(page.getByTestId('file-name')).toContainText(example.fileName.replace(/\.mlp$/, ''));
      if (!example.opensClassic) await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
      await expect.poll(() => allNodesInView(page)).toBe(true);
      // A lesson that ships its repeated hidden layers as one block: expand it to see every layer's card.
      for (const group of example.groups) if (group.collapsed) await page.getByTestId(`btn-expand-${group.id}`).click();
      await expectGraph(page, {
        nodes: example.nodes.length,
        edges: example.edges.length,
        params: networkParams(example),
      });
      for (const node of example.nodes) await expect(page.getByTestId(`node-${node.id}`)).toContainText(node.name);
      await expect(edgeLabels(page).first()).toBeVisible();
    });
  }
});
