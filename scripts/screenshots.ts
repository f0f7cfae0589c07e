// Screenshots of the main window in the light and dark themes at 1280×800 and 1920×1080, for
// checking the layout by eye. Serves the built renderer (run `npm run build:renderer` first) and
// writes test-results/screenshots/main-<theme>-<width>x<height>.png.
//   npx tsx scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, startPreview } from './browser-harness';

const PORT = 4174;
const OUT = join('test-results', 'screenshots');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  try {
    const { url } = server;
    for (const theme of THEMES) {
      for (const size of SIZES) {
        const page = await browser.newPage({ viewport: size, colorScheme: theme });
        await page.goto(url);
        await page.getByTestId('node-input-1').waitFor();
        if (process.env.SELECT) await page.getByTestId(`node-${process.env.SELECT}`).click();
        await page.waitForTimeout(400);
        const file = join(OUT, `main-${theme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
