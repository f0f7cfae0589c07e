// The toolbar's menus by keyboard alone (the WAI-ARIA menu button pattern), and the shortcuts the
// command table gives the web build that were once only native menu accelerators.
import { type Page, expect, test } from '@playwright/test';
import { openApp } from './support/editor';

test.describe.configure({ mode: 'serial' });

test.describe('menus by keyboard', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await openApp(page);
  });
  test.afterAll(async () => page.close());

  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  test('the Help menu opens, moves, wraps, closes back to its button and lets Tab move on', async () => {
    const button = page.getByTestId('btn-help');
    await button.focus();
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('help-menu')).toHaveAttribute('role', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await focused()).toBe('help-welcome');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('help-tour');
    await page.keyboard.press('End');
    expect(await focused()).toBe('help-about');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('help-welcome');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('help-about');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('help-welcome');

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('help-menu')).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(await focused()).toBe('btn-help');

    // ↑ on the button opens the menu on its last item; Tab closes it and moves past the button.
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('help-about');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('help-menu')).toHaveCount(0);
    expect(await focused()).not.toBe('btn-help');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });

  test('a typed letter finds an item, Enter chooses it, and the shortcuts dialog lists the web’s keys', async () => {
    await page.getByTestId('btn-help').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    expect(await focused()).toBe('help-shortcuts');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('shortcut-autoLayout')).toContainText('Ctrl+Shift+L');
    await expect(dialog.getByTestId('shortcut-redo')).toContainText('Ctrl+Y or Ctrl+Shift+Z');
    await expect(dialog.getByTestId('shortcut-note-new')).toContainText('desktop app only');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('the app menu skips disabled items and runs the chosen command, focus back on its button', async () => {
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await page.getByTestId('btn-menu').focus();
    await page.keyboard.press(' ');
    await expect(page.getByTestId('app-menu')).toBeVisible();
    expect(await focused()).toBe('menu-new');
    // Nothing to undo or redo yet: ↓ from Presets passes both.
    await expect(page.getByTestId('menu-undo')).toBeDisabled();
    await page.keyboard.press('p');
    expect(await focused()).toBe('menu-presets');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('menu-autoLayout');
    await page.keyboard.press('t');
    expect(await focused()).toBe('menu-toggleTheme');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('app-menu')).toHaveCount(0);
    expect(await theme()).not.toBe(before);
    expect(await focused()).toBe('btn-menu');
  });

  test('the Presets menu describes the lesson under focus as the arrows move', async () => {
    await page.getByTestId('btn-presets').focus();
    await page.keyboard.press('Enter');
    const items = page.getByTestId('presets-menu').getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    const second = await items.nth(1).getAttribute('data-testid');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(second);
    const file = `${second!.replace(/^preset-/, '')}.mlp`;
    await expect(page.getByTestId('presets-description')).toHaveAttribute('data-file', file);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presets-menu')).toHaveCount(0);
    expect(await focused()).toBe('btn-presets');
  });

  test('Ctrl+Shift+O, once a desktop-only accelerator, opens the link dialog in the browser', async () => {
    await page.getByTestId('canvas').click({ position: { x: 6, y: 6 } });
    await page.keyboard.press('Control+Shift+O');
    await expect(page.getByTestId('open-link-dialog')).toBeVisible();
  });
});
