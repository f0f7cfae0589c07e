// The shared tooltip: it shows after a rest of the pointer and at once on keyboard focus, goes on
// Escape, blur and a press, is announced through aria-describedby, stays inside the window, takes
// the theme's colours, is one at a time, and moves nothing on the page.
import { expect, type Locator, type Page, test } from '@playwright/test';

const tooltip = (page: Page) => page.getByRole('tooltip');

async function appReady(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-testid^="node-"][data-kind]').first()).toBeVisible();
}

/** The tooltip text an element carries: its data-tip, or the title the tooltip serves. */
async function tipText(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    (el.getAttribute('data-tip') || el.getAttribute('data-tip-title') || el.getAttribute('title') || '').trim(),
  );
}

async function expectInsideWindow(page: Page): Promise<void> {
  const box = await tooltip(page).boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error('The tooltip or the window has no size.');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

test.describe('tooltips', () => {
  test('hovering a control shows its tooltip, described by aria-describedby, and moving off hides it', async ({
    page,
  }) => {
    await appReady(page);
    const item = page.getByTestId('palette-dense');
    const text = await tipText(item);
    expect(text).toContain('y = xW + b');
    await item.hover();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toHaveText(text);
    await expect(item).toHaveAttribute('aria-describedby', (await tooltip(page).getAttribute('id')) ?? 'missing id');
    await expectInsideWindow(page);
    // The browser's own tooltip must not show on top of it.
    await expect(item).not.toHaveAttribute('title');

    await page.mouse.move(640, 5);
    await page.getByTestId('total-params').hover();
    await page.mouse.move(1, 400);
    await expect(tooltip(page)).toHaveCount(0);
    await expect(item).not.toHaveAttribute('aria-describedby');
  });

  test('the sigmoid node on the canvas shows its formula and derivative; the palette explains each kind', async ({
    page,
  }) => {
    await appReady(page);
    const sigmoid = page.locator('[data-testid^="node-"][data-kind="activation"]').filter({ hasText: 'sigmoid' });
    await sigmoid.hover();
    await expect(tooltip(page)).toContainText('σ(z) = 1 / (1 + e^−z)');
    await expect(tooltip(page)).toContainText('σ′(z) = σ(z)(1 − σ(z))');
    await page.mouse.move(1, 400);
    await expect(tooltip(page)).toHaveCount(0);

    await page.getByTestId('palette-batchNorm').hover();
    await expect(tooltip(page)).toContainText('x̂ = (x − μ_B) / √(σ²_B + ε)');
    await page.getByTestId('palette-add').hover();
    await expect(tooltip(page)).toContainText('y = x₁ + x₂ + …');
  });

  test('a drop-down explains its current choice with its maths, and follows a new choice', async ({ page }) => {
    await appReady(page);
    await page
      .locator('[data-testid^="node-"][data-kind="activation"]')
      .filter({ hasText: 'sigmoid' })
      .locator('.layer-node__name')
      .click();
    const activation = page.getByTestId('field-activation');
    await page.keyboard.press('Shift');
    await activation.focus();
    await expect(tooltip(page)).toContainText('σ′(z) = σ(z)(1 − σ(z))');
    await activation.selectOption('tanh');
    await expect(tooltip(page)).toContainText('tanh′(z) = 1 − tanh²(z)');
    await expect(tooltip(page)).not.toContainText('σ′');

    const optimizer = page.getByTestId('training-optimizer');
    await optimizer.selectOption('adam');
    await page.keyboard.press('Shift');
    await optimizer.focus();
    await expect(tooltip(page)).toContainText('w ← w − η·m̂ / (√v̂ + ε)');
  });

  test('a node reached with the keyboard shows its tooltip', async ({ page }) => {
    await appReady(page);
    await page.keyboard.press('Shift');
    const wrapper = page.locator('.react-flow__node').filter({ has: page.locator('[data-kind="output"]') });
    await wrapper.focus();
    await expect(tooltip(page)).toContainText('L = −(1/n) Σ [y·ln p + (1 − y)·ln(1 − p)]');
  });

  test('keyboard focus shows the tooltip at once; Escape and blur hide it', async ({ page }) => {
    await appReady(page);
    await page.getByTestId('btn-open').focus();
    await page.keyboard.press('Tab');
    const save = page.getByTestId('btn-save');
    await expect(save).toBeFocused();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText('Save');
    await expect(save).toHaveAttribute('aria-describedby', /app-tooltip/);

    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toHaveCount(0);
    await expect(save).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(tooltip(page)).toContainText(await tipText(page.getByTestId('btn-save-as')));
    await page.getByTestId('btn-save-as').evaluate((el) => (el as HTMLElement).blur());
    await expect(tooltip(page)).toHaveCount(0);
  });

  test('pressing a control hides its tooltip, and only one tooltip shows at a time', async ({ page }) => {
    await appReady(page);
    await page.getByTestId('btn-fit').hover();
    await expect(tooltip(page)).toBeVisible();
    await page.mouse.down();
    await expect(tooltip(page)).toHaveCount(0);
    await page.mouse.up();

    await page.getByTestId('palette-input').hover();
    await expect(tooltip(page)).toContainText(await tipText(page.getByTestId('palette-input')));
    await page.keyboard.press('Shift');
    await page.getByTestId('btn-auto-layout').focus();
    await expect(tooltip(page)).toHaveCount(1);
    await expect(tooltip(page)).toHaveText(await tipText(page.getByTestId('btn-auto-layout')));
  });

  test('showing a tooltip moves nothing on the page, and one at the window edge stays inside it', async ({ page }) => {
    await appReady(page);
    const boxes = () =>
      page.evaluate(() =>
        ['toolbar', 'canvas', 'dock'].map((id) =>
          JSON.stringify(document.querySelector(`[data-testid="${id}"], .${id}`)?.getBoundingClientRect()),
        ),
      );
    const before = await boxes();
    const help = page.getByTestId('btn-help');
    await help.hover();
    await expect(tooltip(page)).toBeVisible();
    expect(await boxes()).toEqual(before);
    await expectInsideWindow(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('takes the colours of the theme', async ({ page }) => {
    await appReady(page);
    const colours = async () => {
      await page.getByTestId('palette-dense').hover();
      await expect(tooltip(page)).toBeVisible();
      const result = await tooltip(page).evaluate((el) => {
        const probe = document.createElement('div');
        probe.style.background = 'var(--panel)';
        probe.style.color = 'var(--text)';
        document.body.append(probe);
        const want = getComputedStyle(probe);
        const got = getComputedStyle(el);
        const out = {
          background: got.backgroundColor,
          colour: got.color,
          panel: want.backgroundColor,
          text: want.color,
        };
        probe.remove();
        return out;
      });
      await page.mouse.move(1, 400);
      return result;
    };
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    const light = await colours();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await colours();
    expect(light.background).toBe(light.panel);
    expect(light.colour).toBe(light.text);
    expect(dark.background).toBe(dark.panel);
    expect(dark.colour).toBe(dark.text);
    expect(dark.background).not.toBe(light.background);
  });
});
