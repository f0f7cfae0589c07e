// The bundled real data sets in the browser: none is fetched at start-up; picking one loads its chunk,
// feeds its columns to the Input node and trains; the About box names their sources; the offline
// build precaches them.
import { expect, type Page, test } from '@playwright/test';
import { nodeCards, openApp } from './support/editor';

const DATA_CHUNK = /\/(iris|wine|breast-cancer|digits)-[\w-]+\.js$/;

test.describe.serial('real data sets', () => {
  let page: Page;
  const fetched: string[] = [];

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    page.on('request', (request) => {
      if (DATA_CHUNK.test(new URL(request.url()).pathname)) fetched.push(new URL(request.url()).pathname);
    });
    await openApp(page);
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('start-up fetches no data set; the Kind list groups the four under "Real data"', async () => {
    expect(fetched).toEqual([]);
    const group = await page
      .getByTestId('dataset-kind')
      .evaluate((select) =>
        Array.from(
          select.querySelectorAll('optgroup[label="Real data"] option'),
          (o) => (o as HTMLOptionElement).value,
        ),
      );
    expect(group).toEqual(['iris', 'wine', 'breastCancer', 'digits']);
  });

  test('picking iris loads its chunk, reads its 4 columns and says where the data comes from', async () => {
    await page.getByTestId('dataset-kind').selectOption('iris');
    await expect(page.getByTestId('dataset-real-note')).toContainText('150 samples, 4 features, 3 classes');
    await expect(page.getByTestId('dataset-real-note')).toContainText('CC BY 4.0');
    await expect(page.getByTestId('dataset-standardize')).toBeChecked();
    const counts = page.getByTestId('dataset-counts');
    await expect(counts).toContainText('3 classes');
    const text = await counts.innerText();
    expect(Number(/train\s+([\d,]+)/.exec(text)?.[1]) + Number(/validation\s+([\d,]+)/.exec(text)?.[1])).toBe(150);
    await expect(nodeCards(page).first()).toContainText('4 columns');
    expect(fetched.map((path) => path.split('/').pop()?.split('-')[0])).toEqual(['iris']);
  });

  test('a digits lesson from Presets trains one batch in the worker', async () => {
    await page.getByTestId('btn-presets').click();
    await page.getByTestId('preset-digits-one-hidden').click();
    // Picking iris left unsaved changes, so the app asks before replacing them.
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('dataset-kind')).toHaveValue('digits');
    await expect(page.getByTestId('graph-issues')).toHaveCount(0);
    await page.getByTestId('btn-step').click();
    await expect(page.getByTestId('counter-step')).toHaveText('1', { timeout: 30_000 });
    await expect(page.getByTestId('metric-train-loss')).toHaveText(/^\d/, { timeout: 15_000 });
    await expect(page.getByTestId('training-error')).toHaveCount(0);
  });

  test('the About box names each data set, its source and licence', async () => {
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-about').click();
    const list = page.getByTestId('about-datasets');
    await expect(list.locator('li')).toHaveCount(4);
    await expect(list).toContainText('Handwritten digits 8×8: UCI Machine Learning Repository');
    await expect(list).toContainText('CC BY 4.0');
    await page.getByTestId('about-close').click();
  });

  test("the offline build's service worker precaches the four data sets", async () => {
    const sw = await page.evaluate(async () => (await fetch('sw.js')).text());
    for (const name of ['iris', 'wine', 'breast-cancer', 'digits'])
      expect(sw).toMatch(new RegExp(`${name}-[\\w-]+\\.js`));
  });
});
