// Every visible control has a tooltip, in every main state of the app: the starter network with a
// node of each kind selected (and the settings that only some choices show), an empty canvas,
// each dataset kind, each optimizer, every dock tab and pop-out, the menus and dialogs, and
// training running and paused. The failure lists every offender, by state and test id.
import { expect, type Page, test } from '@playwright/test';
import type { NodeKind } from '../src/graph/types';
import { DATASET_KINDS, OPTIMIZER_NAMES } from '../src/project/schema';
import { nodeCards, nodeIds, openApp, setNumberField } from './support/editor';
import { fixturePath } from './support/fixtures';
import { elementsWithoutTooltip } from './support/tooltip-coverage';

// Each test walks many states of the app, and one trains.
test.setTimeout(90_000);

/** Collects the controls without a tooltip, per state, so one run reports them all. */
class Coverage {
  readonly missing: string[] = [];
  constructor(private readonly page: Page) {}

  async check(state: string): Promise<void> {
    for (const element of await elementsWithoutTooltip(this.page)) this.missing.push(`${state}: ${element}`);
  }

  expectNoneMissing(): void {
    expect(this.missing, `Controls without a tooltip:\n  ${this.missing.join('\n  ')}\n`).toEqual([]);
  }
}

async function selectByKind(page: Page, kind: NodeKind): Promise<string> {
  const card = nodeCards(page)
    .and(page.locator(`[data-kind="${kind}"]`))
    .first();
  const id = ((await card.getAttribute('data-testid')) ?? '').replace(/^node-/, '');
  await card.locator('.layer-node__name').click();
  await expect(page.getByTestId(`inspector-${id}`)).toBeVisible();
  return id;
}

/** The test ids of the dock's tabs, whatever tabs it has. */
async function dockTabs(page: Page): Promise<string[]> {
  const tabs = await page
    .locator('[data-testid^="dock-tab-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
  expect(tabs.length).toBeGreaterThan(3);
  return tabs;
}

async function addNode(page: Page, kind: NodeKind): Promise<void> {
  const before = (await nodeIds(page)).length;
  await page.getByTestId(`palette-${kind}`).click();
  await expect(nodeCards(page)).toHaveCount(before + 1);
}

test.describe('tooltip coverage', () => {
  test('every control of the editor has a tooltip, whichever node is selected', async ({ page }) => {
    const coverage = new Coverage(page);
    await openApp(page);
    await coverage.check('starter network');

    for (const kind of ['dropout', 'batchNorm', 'add', 'concat'] as const) await addNode(page, kind);
    // Added nodes land in the middle of the view; laid out, each can be clicked.
    await page.getByTestId('btn-auto-layout').click();
    for (const kind of ['input', 'dense', 'activation', 'dropout', 'batchNorm', 'add', 'concat', 'output'] as const) {
      await selectByKind(page, kind);
      await coverage.check(`${kind} selected`);
    }

    // Settings that only some choices show.
    await selectByKind(page, 'activation');
    await page.getByTestId('field-activation').selectOption('leakyRelu');
    await coverage.check('leaky ReLU selected');
    await selectByKind(page, 'dense');
    for (const init of ['randomNormal', 'randomUniform']) {
      await page.getByTestId('field-kernelInitializer').selectOption(init);
      await coverage.check(`Linear with ${init}`);
    }
    await selectByKind(page, 'input');
    await page.getByTestId('field-source').selectOption('table');
    await coverage.check('Input reading table columns');

    for (const name of OPTIMIZER_NAMES) {
      await page.getByTestId('training-optimizer').selectOption(name);
      await coverage.check(`optimizer ${name}`);
    }
    coverage.expectNoneMissing();
  });

  test('every control of the dataset panel has a tooltip, for each dataset kind', async ({ page }) => {
    const coverage = new Coverage(page);
    await openApp(page);
    for (const kind of DATASET_KINDS) {
      if (kind === 'csv') continue;
      await page.getByTestId('dataset-kind').selectOption(kind);
      await coverage.check(`dataset ${kind}`);
    }
    await page.getByTestId('dataset-csv-input').setInputFiles(fixturePath('flowers.csv'));
    await expect(page.getByTestId('dataset-target-column')).toBeVisible();
    await coverage.check('dataset csv');
    coverage.expectNoneMissing();
  });

  test('every control of the menus, dialogs, welcome screen and tour has a tooltip, and an empty canvas too', async ({
    page,
  }) => {
    const coverage = new Coverage(page);
    await openApp(page);
    for (const menu of ['new', 'presets', 'help']) {
      await page.getByTestId(`btn-${menu}`).click();
      // The presets are read when the menu is first opened: check the menu once it is drawn.
      await expect(page.getByTestId(`${menu}-menu`)).toBeVisible();
      await coverage.check(`${menu} menu open`);
      await page.keyboard.press('Escape');
    }
    for (const item of ['shortcuts', 'about']) {
      await page.getByTestId('btn-help').click();
      await page.getByTestId(`help-${item}`).click();
      // The dialog's code may arrive a moment after the click: check it once it is drawn.
      await expect(page.getByTestId(`${item}-dialog`)).toBeVisible();
      await coverage.check(`${item} open`);
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-welcome').click();
    await expect(page.getByTestId('welcome')).toBeVisible();
    await coverage.check('welcome screen');
    await page.getByTestId('welcome-tour').click();
    await expect(page.getByTestId('tour-card')).toBeVisible();
    for (let stop = 0; stop < 10 && (await page.getByTestId('tour-next').isVisible()); stop++) {
      await coverage.check(`tour stop ${stop + 1}`);
      await page.getByTestId('tour-next').click();
    }
    await coverage.check('tour last stop');
    await page.keyboard.press('Escape');

    // A change, so that New asks before throwing it away.
    await page.getByTestId('palette-dense').click();
    await page.getByTestId('btn-new').click();
    await page.getByTestId('new-empty').click();
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await coverage.check('unsaved-changes dialog');
    await page.getByTestId('confirm-ok').click();
    await expect(nodeCards(page)).toHaveCount(0);
    await coverage.check('empty canvas');
    coverage.expectNoneMissing();
  });

  test('every control of the dock has a tooltip, on every tab and in every pop-out', async ({ page }) => {
    const coverage = new Coverage(page);
    await openApp(page);
    for (const tab of await dockTabs(page)) {
      await page.getByTestId(tab).click();
      await coverage.check(tab);
      const popouts = await page
        .locator('[data-testid^="popout-"]:not([data-testid="popout-dialog"]):not([data-testid="popout-close"])')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
      for (const popout of popouts) {
        await page.getByTestId(popout).click();
        await expect(page.getByTestId('popout-dialog')).toBeVisible();
        await coverage.check(`${tab}, ${popout} open`);
        await page.getByTestId('popout-close').click();
      }
    }
    await page.getByTestId('dock-collapse').click();
    await coverage.check('dock collapsed');
    coverage.expectNoneMissing();
  });

  test('every control has a tooltip while training runs, and on every dock tab once paused', async ({ page }) => {
    const coverage = new Coverage(page);
    await openApp(page);
    // Enough epochs that the run is still going when the views are checked.
    await setNumberField(page, 'training-epochs', 100_000);
    await page.getByTestId('btn-train').click();
    await expect.poll(async () => Number(await page.getByTestId('counter-step').innerText())).toBeGreaterThan(20);
    await coverage.check('training running');
    await page.getByTestId('btn-pause').click();
    await expect(page.getByTestId('btn-train')).toBeEnabled();
    for (const tab of await dockTabs(page)) {
      await page.getByTestId(tab).click();
      await coverage.check(`paused, ${tab}`);
    }
    coverage.expectNoneMissing();
  });

  test(
    'every control of the export dialog, backprop view, activation explorer, depth sweep, classic rules and ' +
      'presenter view has a tooltip',
    async ({ page }) => {
      const coverage = new Coverage(page);
      await openApp(page);
      await page.getByTestId('btn-export').click();
      await coverage.check('export menu open');
      await page.getByTestId('export-pytorch').click();
      await expect(page.getByTestId('export-dialog')).toBeVisible();
      await coverage.check('code export dialog');
      await page.getByTestId('export-close').click();

      await page.getByTestId('btn-presets').click();
      await page.getByTestId('preset-backprop-by-hand').click();
      await page.getByTestId('dock-tab-backprop').click();
      await expect(page.getByTestId('backprop-forward')).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('backprop-forward').click();
      await coverage.check('backprop one step forward');
      await page.getByTestId('backprop-custom').check();
      await coverage.check('backprop with a custom sample');

      await page.getByTestId('dock-tab-activations').click();
      await page.getByTestId('activation-pick-leakyRelu').click();
      await expect(page.getByTestId('activation-alpha')).toBeVisible();
      await coverage.check('activation explorer on leaky ReLU');

      await page.getByTestId('dock-tab-sweep').click();
      await page.getByTestId('sweep-run').click();
      const cancel = page.getByTestId('sweep-cancel');
      await expect(cancel).toBeVisible();
      await coverage.check('depth sweep running');
      // The sweep may finish while it is checked: Cancel if it still runs, else its button must be gone.
      await cancel.click({ timeout: 2000 }).catch(() => expect(cancel).toHaveCount(0));

      await page.getByTestId('btn-classic').click();
      await expect(page.getByTestId('classic-workspace')).toBeVisible();
      await page.getByTestId('classic-step-epoch').click();
      await coverage.check('classic rules workspace after an epoch');
      await page.getByTestId('classic-close').click();

      await page.getByTestId('btn-presenter').click();
      await coverage.check('presenter view');
      coverage.expectNoneMissing();
    },
  );
});
