// The README's and the user guide's screenshots, taken from the real app: in the presenter view at
// a projector's 1280×720, the moons example after training (loss, boundary, gradients), the deep
// sigmoid network with its vanishing gradients, and the presenting layout; at 1440×900, two runs
// compared, the backprop inspector, the classic rules and the welcome screen; and the user guide's
// workshop shots (the speed control, the moments on the scrubber, the misclassified curve, a save
// with weights). Serves the built renderer and writes docs/images/*.png.
//   npm run screenshots:readme                             (builds the renderer first)
//   npx tsx scripts/readme-screenshots.ts --only workshop  (only the workshop shots, from a built renderer)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium, startPreview } from './browser-harness';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4176);
/** `--only workshop` takes only the user guide's workshop shots. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const OUT = join('docs', 'images');
const VIEWPORT = { width: 1440, height: 900 };
/** A projector's size, at which the presenter view is shown. */
const PROJECTOR = { width: 1280, height: 720 };
/** The built renderer to serve (another folder when several builds share a checkout). */
const RENDERER_DIR = process.env.RENDERER_DIR ?? join('dist', 'renderer');

/** Opens a bundled example from the Presets menu and waits for its network. */
async function openPreset(page: Page, name: string): Promise<void> {
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${name}`).click();
  // A project with unsaved changes asks first.
  const confirm = page.getByTestId('confirm-ok');
  if (
    await confirm.waitFor({ state: 'visible', timeout: 1500 }).then(
      () => true,
      () => false,
    )
  )
    await confirm.click();
  await page.getByTestId('file-name').filter({ hasText: name }).waitFor();
}

/** Trains until the epoch counter reaches `epochs` (or the run ends by itself), then pauses and lets the views settle. */
async function trainTo(page: Page, epochs: number): Promise<void> {
  await page.getByTestId('btn-train').click();
  const epoch = async () => Number(await page.getByTestId('counter-epoch').innerText());
  // Started: Train is disabled while a run is going.
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="btn-train"]') as HTMLButtonElement | null)?.disabled === true,
  );
  for (const until = Date.now() + 120_000; (await epoch()) < epochs && Date.now() < until; ) {
    if (await page.getByTestId('btn-train').isEnabled()) break;
    await page.waitForTimeout(250);
  }
  if (await page.getByTestId('btn-pause').isEnabled()) await page.getByTestId('btn-pause').click();
  await page.getByTestId('btn-train').waitFor({ state: 'visible' });
  await page.waitForTimeout(800);
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(OUT, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

/** The user guide's workshop chapter: a paced run, the moments of a finished one, the misclassified curve, a save with weights. */
async function workshopShots(page: Page): Promise<void> {
  await openPreset(page, 'moons-2-10-1');
  await page.getByTestId('training-speed').selectOption('20');
  await page.getByTestId('dock-tab-boundary').click();
  await page.getByTestId('btn-train').click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="counter-epoch"]')?.textContent) >= 120,
    null,
    { timeout: 60_000 },
  );
  await shoot(page, 'workshop-speed.png');
  await page.getByTestId('btn-pause').click();
  await page.getByTestId('training-speed').selectOption('full');
  await trainTo(page, 1000);
  await page.getByTestId('training-notice-close').click();
  await page.getByTestId('boundary-scrubber').fill('40');
  await page.waitForTimeout(400);
  await shoot(page, 'workshop-moments.png');
  await page.getByTestId('boundary-live').click();
  await page.getByTestId('dock-tab-metrics').click();
  await page.getByTestId('toggle-misclassified').check();
  await page.waitForTimeout(600);
  await shoot(page, 'workshop-misclassified.png');
  await page.getByTestId('btn-save').click();
  await page.getByTestId('toast').filter({ hasText: 'with weights' }).waitFor();
  await shoot(page, 'workshop-saved.png');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT, { outDir: RENDERER_DIR });
  const browser = await launchChromium();
  try {
    const projector = await browser.newPage({ viewport: PROJECTOR, colorScheme: 'light' });
    await projector.goto(server.url);
    await projector.getByTestId('canvas').waitFor();
    await projector.getByTestId('btn-presenter').click();

    await openPreset(projector, 'moons-2-10-1');
    await trainTo(projector, 1000);
    await shoot(projector, 'moons-trained.png');
    // The lesson strip at its second step, for the user guide's presenter view.
    await projector.getByTestId('lesson-strip-next').click();
    await projector.waitForTimeout(300);
    await shoot(projector, 'presenter-view.png');

    await openPreset(projector, 'deep-sigmoid');
    await trainTo(projector, 100);
    await shoot(projector, 'vanishing-gradients.png');
    await projector.getByTestId('dock-present').click();
    await projector.waitForTimeout(800);
    await shoot(projector, 'presenter-charts.png');
    await projector.close();

    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' });
    await page.goto(server.url);
    await page.getByTestId('canvas').waitFor();
    if (ONLY === 'workshop') return await workshopShots(page);

    // Side-by-side runs: the moons network at the example's learning rate (A) and at a tenth of it (B).
    await openPreset(page, 'moons-2-10-1');
    await page.getByTestId('btn-duplicate-run').click();
    await page.getByTestId('training-learningRate').fill('0.02');
    await page.getByTestId('training-learningRate').press('Enter');
    await trainTo(page, 1000);
    await page.getByTestId('dock-tab-compare').click();
    await page.waitForTimeout(500);
    await shoot(page, 'runs-compared.png');
    await page.getByTestId('run-remove-run-2').click();
    await page.getByTestId('confirm-ok').click();

    // The backprop inspector on the worked 1-2-1 example, half way back through the backward pass.
    await openPreset(page, 'backprop-by-hand');
    await page.getByTestId('dock-tab-backprop').click();
    await page.getByTestId('backprop-forward').waitFor();
    for (let i = 0; i < 6; i++) await page.getByTestId('backprop-forward').click();
    for (let i = 0; i < 3; i++) await page.getByTestId('backprop-backward').click();
    await shoot(page, 'backprop.png');

    // The classic rules: Adaline at a learning rate that diverges beside one that crawls.
    await openPreset(page, 'classic-adaline-rates');
    await page.getByTestId('classic-workspace').waitFor();
    for (let i = 0; i < 8; i++) await page.getByTestId('classic-step-epoch').click();
    await page.waitForTimeout(500);
    await shoot(page, 'classic-rules.png');
    await page.getByTestId('classic-close').click();

    await workshopShots(page);

    await page.goto(`${server.url}?welcome=1`);
    await page.getByTestId('welcome').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'welcome.png');
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
