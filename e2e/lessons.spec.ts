// Every lesson in the Presets menu: listed under its group, described beside the list, opened
// without a single issue on the canvas, and trained a few steps from the toolbar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/editor';

test.setTimeout(60_000);

interface Lesson {
  group: string;
  fileName: string;
  id: string;
  title: string;
  description: string;
  /** True for the lessons that open the classic-rules workspace instead of the network editor. */
  classic: boolean;
}

const EXAMPLES_DIR = join(process.cwd(), 'assets', 'examples');
const catalog = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'catalog.json'), 'utf8')) as {
  groups: { title: string; files: string[] }[];
};
const lessons: Lesson[] = catalog.groups.flatMap((group) =>
  group.files.map((fileName) => {
    const { meta, classic } = JSON.parse(readFileSync(join(EXAMPLES_DIR, fileName), 'utf8')) as {
      meta: { title: string; description: string };
      classic?: unknown;
    };
    return {
      group: group.title,
      fileName,
      id: fileName.replace(/\.mlp$/, ''),
      title: meta.title,
      description: meta.description,
      classic: classic !== undefined,
    };
  }),
);

test("the Presets menu lists the lessons under their groups, in the catalog's order", async ({ page }) => {
  await openApp(page);
  await page.getByTestId('btn-presets').click();
  for (const group of catalog.groups) {
    const section = page.getByTestId(`preset-group-${group.title}`);
    // Each group is named by its title (a menu holds only items, so the visible title is not a heading).
    await expect(section).toHaveAccessibleName(group.title);
    await expect(section).toContainText(group.title);
    await expect(section.getByRole('menuitem')).toHaveCount(group.files.length);
  }
  const order = await page
    .getByTestId('presets-menu')
    .getByRole('menuitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-testid')));
  expect(order).toEqual(lessons.map((l) => `preset-${l.id}`));
});

for (const lesson of lessons) {
  test(`${lesson.group} › '${lesson.title}' is described, opens without issues and trains`, async ({ page }) => {
    await openApp(page);
    await page.getByTestId('btn-presets').click();
    const item = page.getByTestId(`preset-${lesson.id}`);
    await item.hover();
    const about = page.getByTestId('presets-description');
    await expect(about).toHaveAttribute('data-file', lesson.fileName);
    await expect(about).toContainText(lesson.title);
    await expect(about).toContainText(lesson.description);
    await item.click();
    await expect(page.getByTestId('presets-menu')).toHaveCount(0);
    await expect(page.getByTestId('file-name')).toContainText(lesson.id);

    // Validates: no issue on the canvas, except the warning the no-activation lessons are about.
    await expect(page.getByTestId('graph-issues')).toHaveCount(0);
    const badges = page.locator('[data-testid^="node-badge-"]');
    if (lesson.id.endsWith('no-activation')) {
      await expect(badges).toHaveCount(1);
      await expect(badges).toHaveAttribute('title', /two linear layers in a row compute just one linear map/);
    } else {
      await expect(badges).toHaveCount(0);
    }

    if (lesson.classic) {
      // Opens the classic-rules workspace; three epochs stepped there, each counted.
      await expect(page.getByTestId('classic-workspace')).toBeVisible();
      for (let epoch = 1; epoch <= 3; epoch++) {
        await page.getByTestId('classic-step-epoch').click();
        await expect(page.getByTestId('classic-epoch')).toHaveText(new RegExp(`^epoch ${epoch} /`));
      }
      await expect(page.getByTestId('classic-data-error')).toHaveCount(0);
      return;
    }

    // Trains: three single steps from the toolbar, each counted, with a finite loss read out.
    for (let step = 1; step <= 3; step++) {
      await page.getByTestId('btn-step').click();
      await expect(page.getByTestId('counter-step')).toHaveText(String(step), { timeout: 30_000 });
    }
    await expect(page.getByTestId('metric-train-loss')).toHaveText(/^\d/, { timeout: 15_000 });
    await expect(page.getByTestId('training-error')).toHaveCount(0);
  });
}
