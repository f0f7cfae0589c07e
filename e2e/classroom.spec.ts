// Instructor mode and the student view: an instructor locks the learning rate, hides the Dropout
// palette entry and writes two lesson steps; the saved file reopens in the student view with the
// field disabled (the lock in its tooltip), no Dropout, and the Steps panel ringing the control
// each step points at; instructor mode brings everything back.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './support/editor';
import { elementsWithoutTooltip } from './support/tooltip-coverage';

interface SavedClassroom {
  classroom?: {
    locked: string[];
    hidden: string[];
    steps: { title: string; text: string; focus?: string }[];
    openInStudentView: boolean;
  };
}

async function expectAllTooltips(page: Page, state: string): Promise<void> {
  expect(await elementsWithoutTooltip(page), `controls without a tooltip (${state})`).toEqual([]);
}

async function writeStep(
  page: Page,
  index: number,
  step: { title: string; text: string; focus?: string },
): Promise<void> {
  await page.getByTestId('step-add').click();
  await page.getByTestId(`step-edit-title-${index}`).fill(step.title);
  await page.getByTestId(`step-edit-text-${index}`).fill(step.text);
  if (step.focus) await page.getByTestId(`step-edit-focus-${index}`).selectOption(step.focus);
}

test.describe('instructor mode and the student view', () => {
  test(
    'a prepared lesson saves, reopens in the student view with its locks, hidden controls and steps, and ' +
      'instructor mode restores everything',
    async ({ page }, testInfo) => {
      await openApp(page);
      await page.getByTestId('btn-instructor').click();
      await expect(page.getByTestId('btn-instructor')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('instructor-notice')).toContainText('A guide, not a lock');

      // The search narrows the list to the control wanted.
      await page.getByTestId('access-search').fill('learning rate');
      await expect(page.getByTestId('access-row-training.learningRate')).toBeVisible();
      await expect(page.getByTestId('access-row-palette.dropout')).toHaveCount(0);
      await page.getByTestId('access-lock-training.learningRate').check();
      await page.getByTestId('access-search').fill('');
      await page.getByTestId('access-hide-palette.dropout').check();
      // In instructor mode everything stays usable, marked with what students will get.
      await expect(page.getByTestId('palette-dropout')).toHaveAttribute('data-classroom', 'hidden');
      await expect(page.getByTestId('training-learningRate')).toBeEnabled();
      await expectAllTooltips(page, 'access panel');

      await page.getByTestId('classroom-tab-steps').click();
      await writeStep(page, 0, {
        title: 'Train the network',
        text: 'Press **Train** and watch the loss fall.',
        focus: 'toolbar.train',
      });
      await writeStep(page, 1, {
        title: 'Read the gradients',
        text: 'Look at the dock:\n\n- the first layer\n- the last layer',
      });
      await expectAllTooltips(page, 'steps editor');

      const download = page.waitForEvent('download');
      await page.getByTestId('btn-save').click();
      const saved = await download;
      const savedPath = testInfo.outputPath(saved.suggestedFilename());
      writeFileSync(savedPath, readFileSync(await saved.path()));
      const file = JSON.parse(readFileSync(savedPath, 'utf8')) as SavedClassroom;
      expect(file.classroom).toEqual({
        openInStudentView: true,
        locked: ['training.learningRate'],
        hidden: ['palette.dropout'],
        steps: [
          { title: 'Train the network', focus: 'toolbar.train', text: 'Press **Train** and watch the loss fall.' },
          { title: 'Read the gradients', text: 'Look at the dock:\n\n- the first layer\n- the last layer' },
        ],
      });

      // A fresh start, then the file opened as a student would open it.
      await page.reload();
      await expect(page.getByTestId('palette-dropout')).toBeVisible();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('btn-open').click();
      await (await chooser).setFiles(savedPath);

      await expect(page.getByTestId('steps-panel')).toBeVisible();
      await expect(page.getByTestId('btn-instructor')).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByTestId('palette-dropout')).toHaveCount(0);
      await expect(page.getByTestId('palette-dense')).toBeVisible();
      const rate = page.getByTestId('training-learningRate');
      await expect(rate).toBeDisabled();
      await expect(rate).toHaveAttribute('data-tip', /Locked by the instructor/);
      await expect(page.getByTestId('training-epochs')).toBeEnabled();
      await expect(page.getByTestId('classroom-panel')).toHaveCount(0);

      await expect(page.getByTestId('steps-progress')).toHaveText('Step 1 of 2');
      await expect(page.getByTestId('step-title')).toHaveText('Train the network');
      await expect(page.getByTestId('step-text').locator('strong')).toHaveText('Train');
      await expect(page.getByTestId('step-back')).toBeDisabled();
      // The step's control is ringed: the ring surrounds the Train button.
      const ring = page.getByTestId('step-focus-ring');
      await expect(ring).toHaveAttribute('data-focus', 'toolbar.train');
      const [ringBox, trainBox] = [await ring.boundingBox(), await page.getByTestId('btn-train').boundingBox()];
      expect(ringBox && trainBox).toBeTruthy();
      expect(ringBox!.x).toBeLessThanOrEqual(trainBox!.x);
      expect(ringBox!.y).toBeLessThanOrEqual(trainBox!.y);
      expect(ringBox!.x + ringBox!.width).toBeGreaterThanOrEqual(trainBox!.x + trainBox!.width);
      expect(ringBox!.y + ringBox!.height).toBeGreaterThanOrEqual(trainBox!.y + trainBox!.height);
      await expectAllTooltips(page, 'student view');

      await page.getByTestId('step-next').click();
      await expect(page.getByTestId('steps-progress')).toHaveText('Step 2 of 2');
      await expect(page.getByTestId('step-text').locator('li')).toHaveText(['the first layer', 'the last layer']);
      await expect(page.getByTestId('step-focus-ring')).toHaveCount(0);
      await expect(page.getByTestId('step-next')).toBeDisabled();
      await page.getByTestId('step-back').click();
      await expect(page.getByTestId('steps-progress')).toHaveText('Step 1 of 2');

      // Instructor mode (here by its shortcut) makes everything usable again; leaving it restores the lesson.
      await page.locator('body').press('Control+Shift+E');
      await expect(page.getByTestId('classroom-panel')).toBeVisible();
      await expect(page.getByTestId('palette-dropout')).toBeVisible();
      await expect(rate).toBeEnabled();
      await expect(page.getByTestId('steps-panel')).toHaveCount(0);
      await page.getByTestId('btn-student-preview').click();
      await expect(page.getByTestId('palette-dropout')).toHaveCount(0);
      await expect(rate).toBeDisabled();
      await expect(page.getByTestId('steps-progress')).toHaveText('Step 1 of 2');
    },
  );

  test('a locked network structure refuses new nodes from the palette and deleting by key, but parameters stay editable', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('btn-instructor').click();
    await page.getByTestId('access-lock-graph.structure').check();
    await page.getByTestId('btn-instructor').click();

    const nodes = page.locator('[data-testid^="node-"][data-kind]');
    const count = await nodes.count();
    await expect(page.getByTestId('palette-dense')).toBeDisabled();
    await page.getByTestId('node-dense-1').locator('.layer-node__name').click();
    await page.locator('body').press('Delete');
    await expect(page.getByTestId('toast')).toContainText("Locked by the instructor: the network's structure");
    await expect(nodes).toHaveCount(count);
    await expect(page.getByTestId('field-units')).toBeEnabled();
  });
});
