// Limits that agree end to end in the browser: files that are not UTF-8 are refused, a title taken
// from a long file name still reopens, a large CSV table is parsed in a worker, and a project whose
// table has millions of rows is refused from a count of its rows, and a network over the browser's
// resource budget is refused by the training worker before it builds anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './support/editor';

type Project = { meta: { title: string }; data: Record<string, unknown> };

/** A bundled example project as JSON, with `change` applied. */
function example(change: (file: Project) => void): string {
  const file = JSON.parse(readFileSync('assets/examples/moons-2-10-1.mlp', 'utf8')) as Project;
  change(file);
  return JSON.stringify(file);
}

const csvProject = (text: string) =>
  example((file) => {
    file.data = {
      ...file.data,
      kind: 'csv',
      csv: { fileName: 'rows.csv', text, targetColumn: 'label', targetKind: 'class' },
    };
  });

test('a Latin-1 project is refused naming the byte, and the open project stays', async ({ page }) => {
  await openApp(page);
  const buffer = Buffer.from(
    example((file) => (file.meta.title = 'Café')),
    'latin1',
  );
  await page.getByTestId('open-file-input').setInputFiles({ name: 'latin.mlp', mimeType: 'application/json', buffer });
  await expect(page.getByTestId('toast')).toContainText("Could not open 'latin.mlp': The file is not UTF-8 text: byte");
  await expect(page.getByTestId('toast')).toContainText('(0xE9)');
  await expect(page.getByTestId('file-name')).not.toContainText('latin');
});

test('a project opened under a 240-character name saves a title that reopens', async ({ page }) => {
  await openApp(page);
  const name = `${'n'.repeat(240)}.mlp`;
  const buffer = Buffer.from(example((file) => (file.meta.title = '')));
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType: 'application/json', buffer });
  await expect(page.getByTestId('file-name')).toContainText('nnnn');
  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save').click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Project;
  expect(saved.meta.title.length).toBeLessThanOrEqual(200);
  expect(saved.meta.title.startsWith('nnnn')).toBe(true);
});

test('a table of 1.2 M characters is imported through a worker and previewed', async ({ page }, testInfo) => {
  await openApp(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const value = (i: number, k: number) => (((i * k) % 1000) / 137).toFixed(6);
  const rows = Array.from({ length: 50_000 }, (_, i) => `${value(i, 7)},${value(i, 11)},${value(i, 13)},${i % 2}`).join(
    '\n',
  );
  expect(rows.length).toBeGreaterThan(1_200_000);
  const path = testInfo.outputPath('points.csv');
  writeFileSync(path, `x1,x2,x3,label\n${rows}\n`);
  await page.getByTestId('dataset-csv-input').setInputFiles(path);
  const total = async () => {
    const counts = await page.getByTestId('dataset-counts').innerText();
    return [/train ([\d,]+)/, /validation ([\d,]+)/].reduce(
      (sum, re) => sum + Number(re.exec(counts)?.[1].replace(/,/g, '') ?? 0),
      0,
    );
  };
  await expect.poll(total).toBe(50_000);
  expect(workers, 'workers started').toContainEqual(expect.stringMatching(/csv/));
});

test('a project whose table has 1.2 million rows opens with the row count refused, not a frozen page', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // A file on disk: handing 5 MB to setInputFiles as a buffer costs seconds of transfer.
  const path = testInfo.outputPath('rows.mlp');
  writeFileSync(path, csvProject(`x1,label\n${'1,0\n'.repeat(1_200_000)}`));
  await page.getByTestId('open-file-input').setInputFiles(path);
  await expect(page.getByTestId('dataset-error')).toContainText(
    "'rows.csv' has 1,200,000 data rows below its header, but a dataset needs at most 100,000",
  );
});

test('a network over the browser budget (26 Linear-1024 layers) is refused on Train with the count, not a crashed tab', async ({
  page,
}) => {
  await openApp(page);
  type Node = {
    id: string;
    kind: string;
    name: string;
    position: { x: number; y: number };
    params: Record<string, unknown>;
  };
  const text = example((file) => {
    const graph = (
      file as unknown as { graph: { nodes: Node[]; edges: { id: string; source: string; target: string }[] } }
    ).graph;
    const [input, hidden, relu, last, sigmoid, output] = graph.nodes;
    const nodes: Node[] = [input];
    for (let i = 1; i <= 26; i++) {
      nodes.push({
        ...hidden,
        id: `dense-w${i}`,
        name: `Wide ${i}`,
        position: { x: i * 200, y: 0 },
        params: { ...hidden.params, units: 1024 },
      });
      nodes.push({ ...relu, id: `relu-w${i}`, name: `ReLU w${i}`, position: { x: i * 200 + 100, y: 0 } });
    }
    nodes.push(last, sigmoid, output);
    graph.nodes = nodes;
    graph.edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: nodes[i].id, target: node.id }));
  });
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'wide.mlp', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('graph-issues')).toContainText(
    'parameters; the limit is 25,000,000 in a browser tab or the desktop window',
  );
  await page.getByTestId('btn-train').click();
  await expect(page.getByTestId('training-error')).toContainText('parameters; the limit is 25,000,000', {
    timeout: 30_000,
  });
});
