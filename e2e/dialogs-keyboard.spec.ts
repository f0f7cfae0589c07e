// Dialogs are native modal <dialog>s: focus goes in, Tab cannot leave, Escape closes, and focus returns to the control
// that opened them — checked with the pop-out view and the unsaved-changes question, by keyboard alone.
import { expect, type Page, test } from '@playwright/test';
import { nodeCards } from './support/editor';

/** Presses Tab `times` times and says whether the focus ever left `dialog`. */
async function tabStaysInside(page: Page, testId: string, times: number): Promise<boolean> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.closest('dialog')?.contains(document.activeElement),
      testId,
    );
    if (!inside) return false;
  }
  return true;
}

test.describe('modal dialogs by keyboard', () => {
  test('a pop-out view traps Tab, closes on Escape and gives focus back to its button', async ({ page }) => {
    await page.goto('/');
    await expect(nodeCards(page).first()).toBeVisible();
    const opener = page.getByTestId('dock').getByTestId('popout-loss');
    await opener.focus();
    await page.keyboard.press('Enter');
    const box = page.getByTestId('popout-dialog');
    await expect(box).toBeVisible();
    await expect(page.locator('dialog.modal')).toHaveJSProperty('open', true);
    await expect(page.getByTestId('popout-close')).toBeFocused();
    expect(await tabStaysInside(page, 'popout-dialog', 12)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('the unsaved-changes question keeps focus inside, Escape answers no and focus returns', async ({ page }) => {
    await page.goto('/');
    await expect(nodeCards(page).first()).toBeVisible();
    await page.getByTestId('palette-dense').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    const newButton = page.getByTestId('btn-new');
    await newButton.focus();
    await page.keyboard.press('Control+n');
    const question = page.getByTestId('confirm-dialog');
    await expect(question).toBeVisible();
    await expect(page.locator('dialog.modal')).toHaveAttribute('role', 'alertdialog');
    await expect(page.getByTestId('confirm-cancel')).toBeFocused();
    expect(await tabStaysInside(page, 'confirm-dialog', 6)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(nodeCards(page)).toHaveCount(7);
    await expect(newButton).toBeFocused();
  });
  test('an Escape pressed while a dialog’s code is still arriving closes it: it does not appear afterwards', async ({
    page,
  }) => {
    // Hold the About dialog's code until after the Escape, as a slow network would.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/AboutDialog-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(nodeCards(page).first()).toBeVisible();
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-about').click();
    await page.keyboard.press('Escape');
    const arrived = page.waitForResponse(/\/assets\/AboutDialog-[\w-]+\.js$/);
    release();
    // The code arrives and is drawn for the next opening, not this one.
    await arrived;
    await page.waitForTimeout(500);
    await expect(page.getByTestId('about-dialog')).toHaveCount(0);
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-about').click();
    await expect(page.getByTestId('about-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('about-dialog')).toHaveCount(0);
  });
});
