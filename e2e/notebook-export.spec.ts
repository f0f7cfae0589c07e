// Notebook export: the moons lesson and the deep sigmoid lesson as NumPy and PyTorch notebooks from the
// export dialog (checked as downloaded files), the NumPy flavour refusing BatchNorm before exporting,
// and a downloaded notebook opened back as its lesson.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Download, expect, type Page, test } from '@playwright/test';
import { openApp } from './support/editor';

test.setTimeout(90_000);

interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec: { name: string }; mlp_studio: { flavour: string; project: { meta: { title: string } } } };
  cells: { id: string; cell_type: string; source: string[] }[];
}

interface Lesson {
  title: string;
  nodes: { kind: string; params: { activation?: string } }[];
}

function lesson(stem: string): Lesson {
  const file = JSON.parse(readFileSync(join(process.cwd(), 'assets', 'examples', `${stem}.mlp`), 'utf8'));
  return { title: file.meta.title, nodes: file.graph.nodes };
}

async function openPreset(page: Page, stem: string): Promise<void> {
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${stem}`).click();
  await expect(page.getByTestId('file-name')).toContainText(stem);
}

async function openNotebookDialog(page: Page): Promise<void> {
  await page.getByTestId('btn-export').click();
  await page.getByTestId('export-notebook').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

/** Saves the notebook of the open tab and returns the downloaded file, its name and its parsed JSON. */
async function saveNotebook(page: Page): Promise<{ download: Download; path: string; notebook: Notebook }> {
  const pending = page.waitForEvent('download');
  await page.getByTestId('export-save').click();
  const download = await pending;
  const path = (await download.path()) as string;
  return { download, path, notebook: JSON.parse(readFileSync(path, 'utf8')) as Notebook };
}

function codeOf(notebook: Notebook): string {
  return notebook.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => c.source.join(''))
    .join('\n');
}

function checkNotebook(notebook: Notebook, expected: Lesson, flavour: 'numpy' | 'pytorch'): void {
  expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
  expect(notebook.metadata.kernelspec.name).toBe('python3');
  expect(notebook.metadata.mlp_studio.flavour).toBe(flavour);
  expect(notebook.metadata.mlp_studio.project.meta.title).toBe(expected.title);
  expect(new Set(notebook.cells.map((c) => c.id)).size).toBe(notebook.cells.length);
  expect(notebook.cells[0].source.join('')).toContain(`# ${expected.title}`);
}

test.describe.serial('notebook export', () => {
  let browser: Browser;
  let page: Page;
  let deepSigmoidNotebook = '';

  test.beforeAll(async ({ browser: shared }) => {
    browser = shared;
    page = await browser.newPage();
    await openApp(page);
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('the moons lesson exports as a NumPy and a PyTorch notebook', async () => {
    const moons = lesson('moons-2-10-1');
    await openPreset(page, 'moons-2-10-1');
    await openNotebookDialog(page);
    await expect(page.getByTestId('export-lang-notebook-numpy')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('export-notebook-start')).toContainText('initial weights');
    await expect(page.getByTestId('export-code')).toContainText('def backward(out, d_head):');
    const numpy = await saveNotebook(page);
    expect(numpy.download.suggestedFilename()).toMatch(/_numpy\.ipynb$/);
    checkNotebook(numpy.notebook, moons, 'numpy');
    const numpyCode = codeOf(numpy.notebook);
    expect(numpyCode).toContain("params['linear_1.kernel'] = weights_from_base64(");
    expect(numpyCode).toContain('def epoch_order(epoch):');

    await openNotebookDialog(page);
    await page.getByTestId('export-lang-notebook-pytorch').click();
    await expect(page.getByTestId('export-code')).toContainText('nn.Sequential');
    const torch = await saveNotebook(page);
    expect(torch.download.suggestedFilename()).toMatch(/_pytorch\.ipynb$/);
    checkNotebook(torch.notebook, moons, 'pytorch');
    expect(codeOf(torch.notebook)).toContain("('linear_1', nn.Linear(2, 10))");
  });

  test('the deep sigmoid lesson exports in both flavours with every sigmoid layer', async () => {
    const deep = lesson('deep-sigmoid');
    const sigmoids = deep.nodes.filter((n) => n.kind === 'activation' && n.params.activation === 'sigmoid').length;
    await openPreset(page, 'deep-sigmoid');
    await openNotebookDialog(page);
    await page.getByTestId('export-lang-notebook-numpy').click();
    const numpy = await saveNotebook(page);
    checkNotebook(numpy.notebook, deep, 'numpy');
    expect(codeOf(numpy.notebook).match(/= sigmoid\(out\['/g)).toHaveLength(sigmoids);
    deepSigmoidNotebook = numpy.path;

    await openNotebookDialog(page);
    await page.getByTestId('export-lang-notebook-pytorch').click();
    const torch = await saveNotebook(page);
    checkNotebook(torch.notebook, deep, 'pytorch');
    expect(codeOf(torch.notebook).match(/nn\.Sigmoid\(\)/g)).toHaveLength(sigmoids);
  });

  test('the NumPy flavour names the layers it cannot write before anything is exported', async () => {
    await openPreset(page, 'deep-sigmoid-batchnorm');
    await openNotebookDialog(page);
    await page.getByTestId('export-lang-notebook-numpy').click();
    await expect(page.getByTestId('export-error')).toContainText('(BatchNorm)');
    await expect(page.getByTestId('export-error')).toContainText('Export the PyTorch notebook instead');
    await expect(page.getByTestId('export-save')).toBeDisabled();
    await page.getByTestId('export-lang-notebook-pytorch').click();
    await expect(page.getByTestId('export-notes')).toContainText('BatchNorm');
    await expect(page.getByTestId('export-save')).toBeEnabled();
    await page.getByTestId('export-close').click();
  });

  test('a downloaded notebook opens back as its lesson, under a .mlp name', async () => {
    await openPreset(page, 'moons-2-10-1');
    await expect(page.getByTestId('btn-expand-group-1')).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('btn-open').click();
    await (
      await chooser
    ).setFiles({
      name: 'vanishing_numpy.ipynb',
      mimeType: 'application/json',
      buffer: readFileSync(deepSigmoidNotebook),
    });
    await expect(page.getByTestId('file-name')).toContainText('vanishing_numpy');
    await expect(page.getByTestId('file-name')).not.toContainText('.ipynb');
    // The moons lesson has no repeated block; the deep sigmoid lesson shows its eight layers as one.
    await expect(page.getByTestId('btn-expand-group-1')).toBeVisible();
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  });
});
