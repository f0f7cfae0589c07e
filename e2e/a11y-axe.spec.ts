// The accessibility gate: axe-core finds no serious or critical violation (WCAG 2.2 A and AA rules)
// on the main window, every dock view, every dialog and the menus, in the light and the dark theme
// and in the presenter view. One page walks the states in turn: the whole page is scanned once per
// theme and layout, then only what a state adds (the dock's view, the open menu, the dialog); the
// dark theme, whose markup the light one already covered, is held to the colour rules. That keeps
// the run short. The failure lists every violation by state, rule and element.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './support/editor';

// The tests walk one shared page in turn, each scanning a dozen or more of its states.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules whose outcome depends on the theme's colours: the second theme is checked against these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Collects the serious and critical violations of every scanned state, so one run reports them all. */
class Gate {
  found: string[] = [];
  scans = 0;
  /** Only the colour rules: set for the second theme, whose layout and markup the first already covered. */
  colourOnly = false;
  constructor(private readonly page: Page) {}

  /** Scans the page, or only the elements `within` selects (the rest was scanned before and did not change). */
  async scan(state: string, within?: string): Promise<void> {
    // Violations only: listing every passing node is most of axe's time on a page this size.
    let builder = new AxeBuilder({ page: this.page }).options({ resultTypes: ['violations'] });
    builder = this.colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS);
    if (within) builder = builder.include(within);
    const result = await builder.analyze();
    this.scans += 1;
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const where = v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`);
      this.found.push(`${state}: ${v.id} (${v.impact}, ${v.nodes.length}×)\n      ${where.join('\n      ')}`);
    }
  }

  /** Fails listing what was found since the last call, and starts the next list afresh. */
  expectClean(): void {
    const found = this.found;
    this.found = [];
    expect(found, `Serious or critical violations:\n  ${found.join('\n  ')}\n`).toEqual([]);
  }
}

const DOCK = '[data-testid="dock"]';
const testId = (id: string) => `[data-testid="${id}"]`;

async function dockTabs(page: Page): Promise<string[]> {
  const tabs = await page
    .locator('[data-testid^="dock-tab-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
  expect(tabs.length).toBeGreaterThan(8);
  return tabs;
}

/** Scans every dock tab's views; returns how many tabs were scanned. */
async function scanDock(page: Page, gate: Gate, layout: string): Promise<number> {
  const tabs = await dockTabs(page);
  for (const tab of tabs) {
    await page.getByTestId(tab).click();
    await expect(page.getByTestId(tab)).toHaveAttribute('aria-selected', 'true');
    await gate.scan(`${layout}, ${tab}`, DOCK);
  }
  await page.getByTestId('dock-tab-overview').click();
  return tabs.length;
}

async function scanMenu(page: Page, gate: Gate, state: string, button: string, menu: string): Promise<void> {
  await page.getByTestId(button).click();
  await expect(page.getByTestId(menu)).toBeVisible();
  await gate.scan(state, testId(menu));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(menu)).toHaveCount(0);
}

async function scanDialog(page: Page, gate: Gate, state: string, dialog: string, close: () => Promise<void>) {
  await expect(page.getByTestId(dialog)).toBeVisible();
  // The page beneath was scanned already; the dialog is what this state adds.
  await gate.scan(state, testId(dialog));
  await close();
  await expect(page.getByTestId(dialog)).toHaveCount(0);
}

async function scanMenusAndDialogs(page: Page, gate: Gate, theme: string): Promise<void> {
  await scanMenu(page, gate, `${theme}, New menu`, 'btn-new', 'new-menu');
  await scanMenu(page, gate, `${theme}, Presets menu`, 'btn-presets', 'presets-menu');
  await scanMenu(page, gate, `${theme}, Help menu`, 'btn-help', 'help-menu');
  await scanMenu(page, gate, `${theme}, Export menu`, 'btn-export', 'export-menu');
  const escape = () => page.keyboard.press('Escape');
  for (const [item, dialog] of [
    ['shortcuts', 'shortcuts-dialog'],
    ['about', 'about-dialog'],
    ['welcome', 'welcome'],
  ]) {
    await page.getByTestId('btn-help').click();
    await page.getByTestId(`help-${item}`).click();
    await scanDialog(page, gate, `${theme}, ${item}`, dialog, escape);
  }
  await page.getByTestId('btn-export').click();
  await page.getByTestId('export-pytorch').click();
  await scanDialog(page, gate, `${theme}, code export dialog`, 'export-dialog', () =>
    page.getByTestId('export-close').click(),
  );
  await page.getByTestId('btn-copy-link').click();
  await scanDialog(page, gate, `${theme}, share dialog`, 'share-dialog', () => page.getByTestId('share-close').click());
  await page.getByTestId('popout-loss').click();
  await scanDialog(page, gate, `${theme}, pop-out`, 'popout-dialog', () => page.getByTestId('popout-close').click());
  if (theme === 'light') {
    // Changing the trained network asks once whether to reset training (kept paused, it asks no more).
    await page.getByTestId('palette-dense').click();
    await scanDialog(page, gate, `${theme}, reset-training confirmation`, 'confirm-dialog', () =>
      page.getByTestId('confirm-cancel').click(),
    );
  }
  // The project has unsaved changes now, so New asks first.
  await page.getByTestId('btn-new').click();
  await page.getByTestId('new-starter').click();
  await scanDialog(page, gate, `${theme}, unsaved-changes confirmation`, 'confirm-dialog', () =>
    page.getByTestId('confirm-cancel').click(),
  );
}

async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  if ((await page.locator('html').getAttribute('data-theme')) === theme) return;
  // The presenter view keeps the theme switch in its More menu.
  const inMenu = !(await page.getByTestId('btn-theme').isVisible());
  if (inMenu) await page.getByTestId('btn-toolbar-more').click();
  await page.getByTestId('btn-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  if (inMenu && (await page.getByTestId('toolbar-overflow').isVisible())) await page.keyboard.press('Escape');
}

test.describe('accessibility gate', () => {
  let page: Page;
  let gate: Gate;

  test.beforeAll(async ({ browser }) => {
    // AxeBuilder wants a page of a context the spec made itself.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    page = await context.newPage();
    gate = new Gate(page);
    await openApp(page);
    // One epoch trained, so the live views show data rather than their empty states.
    await page.getByTestId('btn-step-epoch').click();
    await expect
      .poll(async () => Number(await page.getByTestId('counter-epoch').innerText()), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('light theme: the main window and every dock view', async () => {
    await switchTheme(page, 'light');
    await gate.scan('light, main window');
    const tabs = await scanDock(page, gate, 'light');
    expect(gate.scans).toBe(1 + tabs);
    gate.expectClean();
  });

  test('light theme: the menus and the dialogs', async () => {
    const before = gate.scans;
    await scanMenusAndDialogs(page, gate, 'light');
    expect(gate.scans - before).toBe(12);
    gate.expectClean();
  });

  test('dark theme: the colours of the main window and every dock view', async () => {
    gate.colourOnly = true;
    await switchTheme(page, 'dark');
    const before = gate.scans;
    await gate.scan('dark, main window');
    const tabs = await scanDock(page, gate, 'dark');
    expect(gate.scans - before).toBe(1 + tabs);
    gate.expectClean();
  });

  test('dark theme: the colours of the menus and the dialogs', async () => {
    const before = gate.scans;
    await scanMenusAndDialogs(page, gate, 'dark');
    expect(gate.scans - before).toBe(11);
    gate.expectClean();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`presenter view, ${theme} theme: the main window, every dock view, its More menu and the QR dialog`, async () => {
      gate.colourOnly = theme === 'dark';
      if ((await page.locator('html').getAttribute('data-presenter')) !== 'on')
        await page.getByTestId('btn-presenter').click();
      await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
      await switchTheme(page, theme);
      await gate.scan(`presenter, ${theme}, main window`);
      await scanDock(page, gate, `presenter, ${theme}`);
      await scanMenu(page, gate, `presenter, ${theme}, More menu`, 'btn-toolbar-more', 'toolbar-overflow');
      await page.getByTestId('btn-lesson-qr').click();
      await scanDialog(page, gate, `presenter, ${theme}, lesson QR`, 'lesson-qr-dialog', () =>
        page.getByTestId('lesson-qr-close').click(),
      );
      gate.expectClean();
    });
  }
});
