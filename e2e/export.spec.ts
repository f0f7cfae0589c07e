// Export: code for PyTorch and Keras from the starter network (previewed, then downloaded), the
// TF.js model pair, and the decision boundary's evolution as an animated GIF after training.
import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import { parseGif } from '../renderer/features/boundary/gif-parse';

test.setTimeout(90_000);

async function downloadedText(download: Download): Promise<string> {
  return readFileSync((await download.path()) as string, 'utf8');
}

async function downloadedBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await download.path()) as string));
}

/** Positions of `names` in `text`, each after the previous one; -1 where one is missing or out of order. */
function inOrder(text: string, names: string[]): number[] {
  let from = 0;
  return names.map((name) => {
    const at = text.indexOf(name, from);
    if (at >= 0) from = at + name.length;
    return at;
  });
}

async function openExport(page: Page, item: string): Promise<void> {
  await page.getByTestId('btn-export').click();
  await expect(page.getByTestId('export-menu')).toBeVisible();
  await page.getByTestId(item).click();
}

test('the starter network exports as a PyTorch and a Keras script naming its layers in order', async ({ page }) => {
  await page.goto('/');
  await openExport(page, 'export-pytorch');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-code')).toContainText("('linear_1', nn.Linear(2, 8))");
  await expect(page.getByTestId('export-notes')).toContainText('initial weights');
  await page.getByTestId('export-copy').click();
  await expect(page.getByTestId('export-copy')).toHaveText('Copied');

  const torchDownload = page.waitForEvent('download');
  await page.getByTestId('export-save').click();
  const torch = await torchDownload;
  expect(torch.suggestedFilename()).toMatch(/_pytorch\.py$/);
  const torchCode = await downloadedText(torch);
  expect(
    inOrder(torchCode, [
      "('linear_1', nn.Linear(2, 8))",
      "('relu_1', nn.ReLU())",
      "('linear_2', nn.Linear(8, 1))",
      "('sigmoid_1', nn.Sigmoid())",
    ]).every((at) => at >= 0),
  ).toBe(true);
  expect(torchCode).toContain('loss_fn = nn.BCEWithLogitsLoss()');
  await expect(dialog).toBeHidden();

  await openExport(page, 'export-keras');
  await expect(page.getByTestId('export-lang-keras')).toHaveAttribute('aria-selected', 'true');
  const kerasDownload = page.waitForEvent('download');
  await page.getByTestId('export-save').click();
  const kerasCode = await downloadedText(await kerasDownload);
  const order = inOrder(kerasCode, [
    'layers.Dense(8, use_bias=True',
    "layers.Activation('relu'",
    'layers.Dense(1, use_bias=True',
    "layers.Activation('sigmoid'",
  ]);
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(kerasCode).toContain('from_logits=True');
});

test('a network the app cannot train is refused with the reason, not exported', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-testid^="node-output"]').first().click();
  await page.keyboard.press('Delete');
  await openExport(page, 'export-pytorch');
  await expect(page.getByTestId('export-error')).toContainText('cannot be exported until');
  await expect(page.getByTestId('export-save')).toBeDisabled();
  await page.getByTestId('export-close').click();
  await expect(page.getByTestId('export-dialog')).toBeHidden();
});

test('the TF.js model exports as model.json and a weights file that it names', async ({ page }) => {
  await page.goto('/');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await openExport(page, 'export-tfjs');
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
  const json = downloads.find((d) => d.suggestedFilename().endsWith('.json')) as Download;
  const bin = downloads.find((d) => d.suggestedFilename().endsWith('.bin')) as Download;
  const model = JSON.parse(await downloadedText(json)) as {
    format: string;
    weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[];
  };
  expect(model.format).toBe('layers-model');
  expect(model.weightsManifest[0].paths).toEqual([bin.suggestedFilename()]);
  expect(model.weightsManifest[0].weights.map((w) => w.shape)).toEqual([[2, 8], [8], [8, 1], [1]]);
  // 33 float32 weights: 2·8 + 8 + 8·1 + 1.
  expect((await downloadedBytes(bin)).byteLength).toBe(33 * 4);
});

test('after a few training steps the boundary exports as an animated GIF with one frame per snapshot, and as a PNG', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('dock-tab-boundary').click();
  const canvas = page.getByTestId('boundary-canvas');
  const seen = new Set<string>();
  // A run that does not end by itself, so that Pause is there to press.
  const epochs = page.getByTestId('training-epochs');
  await epochs.fill('100000');
  await epochs.blur();
  await page.getByTestId('btn-train').click();
  await expect
    .poll(
      async () => {
        seen.add((await canvas.getAttribute('data-step')) ?? '');
        return seen.size;
      },
      { timeout: 45_000 },
    )
    .toBeGreaterThan(3);
  await page.getByTestId('btn-pause').click();
  await expect(page.getByTestId('btn-train')).toBeEnabled();
  await page.getByTestId('btn-export').click();
  const item = page.getByTestId('export-gif');
  await expect(item).toBeEnabled({ timeout: 20_000 });
  // The worker may still deliver the snapshot it took as it paused: wait until the count holds.
  const countSnapshots = async () => Number(/(\d+) snapshots/.exec((await item.textContent()) ?? '')?.[1]);
  let snapshots = -1;
  await expect
    .poll(
      async () => {
        const before = await countSnapshots();
        await page.waitForTimeout(750);
        snapshots = await countSnapshots();
        return before === snapshots;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(snapshots).toBeGreaterThan(1);
  const gifDownload = page.waitForEvent('download');
  await item.click();
  const gif = await gifDownload;
  expect(gif.suggestedFilename()).toMatch(/_boundary\.gif$/);
  const bytes = await downloadedBytes(gif);
  expect(String.fromCharCode(...bytes.subarray(0, 6))).toBe('GIF89a');
  const info = parseGif(bytes);
  expect(info.frames.length).toBe(snapshots);
  expect(info.frames.length).toBeGreaterThan(1);

  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('export-png-boundary').click();
  const png = await downloadedBytes(await pngDownload);
  expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
});
