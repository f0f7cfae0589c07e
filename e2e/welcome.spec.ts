// First-run experience: the welcome screen (first start, remembered dismissal, examples, Open,
// recent files), the 60-second tour, and Help's About dialog. The welcome screen never opens by
// itself in an automated browser, so the other specs never meet it; these specs ask for it with
// ?welcome=1, or pose as a person by hiding navigator.webdriver.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';

const examplesDir = join(process.cwd(), 'assets', 'examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.mlp'))
  .map((f) => ({
    id: f.replace(/\.mlp$/, ''),
    title: (JSON.parse(readFileSync(join(examplesDir, f), 'utf8')) as { meta: { title: string } }).meta.title,
  }));

/** Makes the page believe a person, not a test driver, is at the keyboard. */
async function poseAsPerson(page: Page): Promise<void> {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
}

async function appReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid^="node-"][data-kind]').first()).toBeVisible();
}

/** The element's box on the page, failing clearly when it has none. */
async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not laid out`);
  return box;
}

test.describe('welcome screen', () => {
  test('stays away in an automated browser unless the URL asks for it', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await page.goto('/?welcome=1');
    await expect(page.getByTestId('welcome')).toBeVisible();
  });

  test('opens on a first start, is not shown again once closed, and comes back at every start when asked', async ({
    page,
  }) => {
    await poseAsPerson(page);
    await page.goto('/');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.getByTestId('welcome-close').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);

    await page.reload();
    await appReady(page);
    await expect(page.getByTestId('welcome')).toHaveCount(0);

    // From Help, and this time asked to come back at every start.
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-welcome').click();
    await page.getByTestId('welcome-show-at-start').check();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('welcome')).toBeVisible();
  });

  test('lists every bundled example with its title and opens the one picked', async ({ page }) => {
    await page.goto('/?welcome=1');
    expect(examples.length).toBeGreaterThan(0);
    for (const { id, title } of examples) await expect(page.getByTestId(`welcome-preset-${id}`)).toContainText(title);
    await page.getByTestId('welcome-preset-deep-sigmoid').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await expect(page.getByTestId('file-name')).toContainText('deep-sigmoid');
  });

  test('opens a file, then lists it under Recent, where picking it asks for the file again', async ({ page }) => {
    await page.goto('/?welcome=1');
    await expect(page.getByTestId('welcome-recent-empty')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('welcome-open').click();
    await (await chooser).setFiles(join(examplesDir, 'moons-2-10-1.mlp'));
    await expect(page.getByTestId('file-name')).toContainText('moons-2-10-1');

    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-welcome').click();
    await expect(page.getByTestId('welcome-recent-0')).toContainText('moons-2-10-1.mlp');
    const again = page.waitForEvent('filechooser');
    await page.getByTestId('welcome-recent-0').click();
    await again;
  });
});

test.describe('tour', () => {
  test('rings the canvas, palette, inspector, Train button and gradient chart in turn, and ends with Done', async ({
    page,
  }) => {
    await page.goto('/?welcome=1');
    await page.getByTestId('welcome-tour').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    const stops: [string, Locator][] = [
      ['canvas', page.getByTestId('canvas')],
      ['palette', page.getByTestId('palette')],
      ['inspector', page.getByRole('complementary', { name: 'Inspector' })],
      ['train', page.getByTestId('btn-train')],
      ['gradients', page.getByTestId('chart-gradients')],
    ];
    for (const [i, [step, target]] of stops.entries()) {
      await expect(page.getByTestId('tour-card')).toHaveAttribute('data-step', step);
      const box = await boxOf(target);
      // The ring glides to the element, then surrounds it: 4 px of padding, a 2 px border, rounding.
      await expect
        .poll(
          async () => {
            const ring = await boxOf(page.getByTestId('tour-highlight'));
            return (
              ring.x <= box.x + 1 &&
              ring.y <= box.y + 1 &&
              ring.x + ring.width >= box.x + box.width - 1 &&
              ring.y + ring.height >= box.y + box.height - 1 &&
              ring.width <= box.width + 12 &&
              ring.height <= box.height + 12
            );
          },
          { message: `the ring surrounds the ${step}` },
        )
        .toBe(true);
      if (i < stops.length - 1) await page.getByTestId('tour-next').click();
    }
    await expect(page.getByTestId('tour-next')).toHaveCount(0);
    await page.getByTestId('tour-back').click();
    await expect(page.getByTestId('tour-card')).toHaveAttribute('data-step', 'train');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('tour-done').click();
    await expect(page.getByTestId('tour')).toHaveCount(0);
  });

  test('says where a hidden panel is instead of ringing nothing, and Escape ends it', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.getByTestId('btn-toggle-left').click();
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-tour').click();
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour-card')).toHaveAttribute('data-step', 'palette');
    await expect(page.getByTestId('tour-highlight')).toHaveCount(0);
    await expect(page.getByTestId('tour-card')).toContainText('left column is hidden');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour')).toHaveCount(0);
  });
});

test.describe('help', () => {
  test('About shows the version and the licences of the bundled libraries', async ({ page }) => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    await page.goto('/');
    await appReady(page);
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-about').click();
    const about = page.getByTestId('about-dialog');
    await expect(about).toBeVisible();
    await expect(page.getByTestId('about-version')).toHaveText(`Version ${version}`);
    const licences = page.getByTestId('about-licences');
    await expect(
      licences
        .getByRole('row')
        .filter({ hasText: /^react\d/ })
        .first(),
    ).toContainText('MIT');
    await expect(licences.getByRole('row').filter({ hasText: '@tensorflow/tfjs-core' })).toContainText('Apache-2.0');
    await expect(licences.getByRole('row').filter({ hasText: /^vitest/ })).toHaveCount(0);
    await page.getByTestId('about-close').click();
    await expect(about).toHaveCount(0);

    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-shortcuts').click();
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
  });
});
