// Unsaved work survives in the web page: each tab keeps its own draft in IndexedDB, written as the
// page goes away too, and when a draft cannot be kept or restored the page says so.
import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectGraph, nodeCards, openApp, selectNode, setNumberField } from './support/editor';

/** The localStorage key of the one draft earlier versions kept. */
const LEGACY_DRAFT_KEY = 'mlp-studio:draft';

/** The starter network's counts, and the node a palette click adds to it. */
const STARTER = { nodes: 6, params: 2 * 8 + 8 + 8 + 1 };

/** Every draft in the page's IndexedDB: its key, file name and project text. */
async function storedDrafts(page: Page): Promise<{ key: string; name: string; text: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mlp-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve([]);
          const store = db.transaction('drafts').objectStore('drafts');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve(
              keys.result.map((key, i) => ({
                key: String(key),
                name: values.result[i].name,
                text: values.result[i].text,
              })),
            );
            db.close();
          };
        };
      }),
  );
}

/** The project texts of every draft the page's storage holds (IndexedDB, and localStorage where earlier versions kept theirs). */
async function draftTexts(page: Page): Promise<string[]> {
  const legacy = await page.evaluate((key) => localStorage.getItem(key), LEGACY_DRAFT_KEY);
  return [
    ...(await storedDrafts(page)).map((d) => d.text),
    ...(legacy ? [(JSON.parse(legacy) as { text: string }).text] : []),
  ];
}

/** Makes every draft write fail as a full storage does, from the page's first script on, while `window.failDraftWrites` is true. */
async function failDraftWrites(context: BrowserContext, from: boolean): Promise<void> {
  await context.addInitScript((initially) => {
    const w = window as unknown as { failDraftWrites: boolean };
    w.failDraftWrites = initially;
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if (w.failDraftWrites) throw quota();
      return put.apply(this, args);
    };
    // Earlier versions kept drafts in localStorage: a full storage refuses those writes too.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (w.failDraftWrites && key === 'mlp-studio:draft') throw quota();
      return setItem.call(this, key, value);
    };
  }, from);
}

/** Adds a Dropout node with a palette click (an edit of the document). */
async function addDropout(page: Page, id = 'dropout-1'): Promise<void> {
  await page.getByTestId('palette-dropout').click();
  await expect(page.getByTestId(`node-${id}`)).toBeVisible();
}

test.describe('drafts', () => {
  test.beforeEach(({ page }) => {
    // A page with unsaved changes asks before it unloads; the person answers "leave".
    page.on('dialog', (dialog) => void dialog.accept());
  });

  test("a reload brings back the tab's own draft, marked unsaved, and Save clears it", async ({ page }) => {
    await openApp(page);
    expect(await storedDrafts(page)).toEqual([]);
    await selectNode(page, 'dense-1');
    await setNumberField(page, 'field-units', 20);
    await addDropout(page);
    const edited = { nodes: 7, params: 2 * 20 + 20 + 20 + 1 };
    await expectGraph(page, edited);
    await expect.poll(async () => (await draftTexts(page)).join(), { timeout: 10_000 }).toContain('"dropout-1"');

    await page.reload();
    await expectGraph(page, edited);
    await expect(page.getByTestId('toast')).toContainText('Restored your unsaved changes');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await expect(page.getByTestId('drafts-checked')).toBeAttached({ timeout: 15_000 });
    await expect(page.getByTestId('draft-offers')).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    await download;
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    await page.reload();
    await expectGraph(page, STARTER);
  });

  test('two tabs keep separate drafts', async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    for (const page of [one, two]) {
      page.on('dialog', (dialog) => void dialog.accept());
      await openApp(page);
    }
    await selectNode(one, 'dense-1');
    await setNumberField(one, 'field-units', 20);
    await addDropout(two);
    // Both edits are kept side by side: one draft has the 20 units, another the Dropout node.
    const both = async () => {
      const texts = await draftTexts(one);
      return texts.some((t) => t.includes('"units": 20')) && texts.some((t) => t.includes('"dropout-1"'));
    };
    await expect.poll(both, { timeout: 10_000 }).toBe(true);

    await one.reload();
    await two.reload();
    await expectGraph(one, { nodes: 6, params: 2 * 20 + 20 + 20 + 1 });
    await expectGraph(two, { nodes: 7, params: STARTER.params });
    await expect(one.getByTestId('node-dropout-1')).toHaveCount(0);
    // Neither open tab offers the other's draft, once each has looked at the other tabs' drafts.
    for (const page of [one, two]) {
      await expect(page.getByTestId('drafts-checked')).toBeAttached({ timeout: 15_000 });
      await expect(page.getByTestId('draft-offers')).toHaveCount(0);
    }
  });

  test('an edit made just before a reload or a close is kept', async ({ context, page }) => {
    await openApp(page);
    await addDropout(page);
    await page.reload();
    await expect(page.getByTestId('node-dropout-1')).toBeVisible();
    await expect(page.getByTestId('toast')).toContainText('Restored your unsaved changes');

    await addDropout(page, 'dropout-2');
    await page.close();
    const next = await context.newPage();
    await openApp(next);
    await expectGraph(next, STARTER);
    // A closed tab's draft is offered, not picked silently.
    await expect(next.getByTestId('draft-offer-0')).toContainText('left by a tab that is now closed', {
      timeout: 15_000,
    });
    await next.getByTestId('draft-restore-0').click();
    await expect(next.getByTestId('node-dropout-2')).toBeVisible();
    await expect(next.getByTestId('dirty-marker')).toBeVisible();
    await expect(next.getByTestId('draft-offers')).toHaveCount(0);
  });

  test('when drafts cannot be written a banner says so, with Save now, until a write works', async ({
    context,
    page,
  }) => {
    await failDraftWrites(context, true);
    await openApp(page);
    await addDropout(page);
    const problem = page.getByTestId('draft-problem');
    await expect(problem).toContainText('not kept as a draft', { timeout: 10_000 });
    await expect(problem).toContainText('QuotaExceededError');
    const download = page.waitForEvent('download');
    await page.getByTestId('draft-save-now').click();
    await download;
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect(page.getByTestId('draft-problem')).toHaveCount(0);
  });

  test('a draft older than the latest edits is offered as such, never restored as "your unsaved changes", in its tab or another', async ({
    context,
    page,
  }) => {
    await failDraftWrites(context, false);
    await openApp(page);
    await addDropout(page);
    await expect.poll(async () => (await draftTexts(page)).length, { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { failDraftWrites: boolean }).failDraftWrites = true;
    });
    await addDropout(page, 'dropout-2');
    await expect(page.getByTestId('draft-problem')).toBeVisible({ timeout: 10_000 });

    await page.reload();
    await expect(nodeCards(page).first()).toBeVisible();
    await expect(page.getByTestId('draft-offer-0')).toContainText('An older draft');
    await expect(page.getByTestId('draft-offer-0')).toHaveAttribute('data-reason', 'stale');
    await expect(page.getByTestId('toast')).toHaveCount(0);
    await expectGraph(page, STARTER);

    // Once the tab is closed, another tab still says that the draft missed later changes.
    await page.close();
    const next = await context.newPage();
    await openApp(next);
    await expect(next.getByTestId('draft-offer-0')).toContainText('after it could not be stored', { timeout: 15_000 });
  });

  test("a draft that will not open is kept, explained and offered for download (an earlier version's draft is carried over)", async ({
    context,
    page,
  }) => {
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded'))
        localStorage.setItem(
          key,
          JSON.stringify({
            name: 'lesson.mlp',
            text: '{"format": "mlp-project", "vers',
            savedAt: '2026-12-01T09:00:00Z',
          }),
        );
      sessionStorage.setItem('seeded', '1');
    }, LEGACY_DRAFT_KEY);
    await openApp(page);
    await expectGraph(page, STARTER);
    const offer = page.getByTestId('draft-offer-0');
    await expect(offer).toContainText("'lesson.mlp'");
    await expect(offer).toContainText('earlier version');
    await page.getByTestId('draft-restore-0').click();
    await expect(offer).toContainText('cannot be restored');
    await expect(page.getByTestId('draft-restore-0')).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByTestId('draft-download-0').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('lesson (draft).mlp');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"format": "mlp-project", "vers');

    // It is still there after a reload, until the person discards it.
    await page.reload();
    await expect(page.getByTestId('draft-offer-0')).toContainText("'lesson.mlp'");
    await page.getByTestId('draft-discard-0').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('draft-offers')).toHaveCount(0);
    expect(await storedDrafts(page)).toEqual([]);
  });
});
