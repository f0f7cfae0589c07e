/**
 * `npm run bench:startup`: how fast the production web build (dist/renderer, served by
 * `vite preview`) starts in Chromium, cold cache, unthrottled and with the CPU throttled 4×
 * (CDP Emulation.setCPUThrottlingRate), median of 5 loads each. A benchmark, not a test.
 *
 * "Interactive canvas" = the first node card is on the canvas and the palette's items are in the
 * page, timed from navigation start by a probe inside the page (performance.now()), not by polling.
 * "Whole window" = the first frame in which the Dataset panel, the training settings and the first
 * dock tab's views are drawn too (they follow the canvas by a frame or more).
 * "Initial transfer" = bytes on the wire (headers + encoded bodies) until the network has been idle
 * for 1 s after the canvas became interactive, grouped by resource type (vite preview gzips), and
 * the same bytes decoded. Service workers are
 * blocked, so the offline precache (which downloads the whole build in the background) is left out.
 *
 *   npm run build:renderer && npm run bench:startup
 *   npm run bench:startup -- --loads 3
 *   BENCH_STARTUP_DIR=/tmp/old-build npm run bench:startup   (another build folder)
 */
import os from 'node:os';
import type { Browser } from '@playwright/test';
import { launchChromium, startPreview } from '../scripts/browser-harness';

const PORT = Number(process.env.BENCH_STARTUP_PORT ?? 4392);

/**
 * Records performance.now() at the first frame where a node card and the palette are both present, and at the first
 * where the rest of the window (the Dataset panel, the training settings, the first dock tab's views) is drawn too.
 */
const PROBE = `(() => {
  const check = () => {
    const card = document.querySelector('.react-flow__node [data-testid^="node-"]');
    const palette = document.querySelector('[data-testid="palette"] li');
    if (!window.__interactiveAt && card && palette && card.getBoundingClientRect().width > 0)
      window.__interactiveAt = performance.now();
    const rest = ['[data-testid="dataset-panel"]', '[data-testid="training-settings"]', '#dock-tabpanel > *'];
    if (window.__interactiveAt && rest.every((selector) => document.querySelector(selector))) {
      window.__completeAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface Load {
  interactiveMs: number;
  /** When the rest of the window was drawn too (ms from navigation start). */
  completeMs: number;
  bytesByType: Record<string, number>;
  totalBytes: number;
  /** Bytes after decompression: what the page had to parse. */
  decodedBytes: number;
  /** Main-thread time spent in tasks, scripts and layout up to the interactive canvas (CDP Performance metrics, ms). */
  busy: { task: number; script: number; layout: number };
}

function argLoads(): number {
  const i = process.argv.indexOf('--loads');
  const value = i >= 0 ? Number(process.argv[i + 1]) : 5;
  if (!(Number.isInteger(value) && value >= 1 && value <= 50))
    throw new Error(`--loads must be a whole number from 1 to 50, not ${process.argv[i + 1]}. Try --loads 5.`);
  return value;
}

async function loadOnce(browser: Browser, url: string, throttle: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  const bytesByType: Record<string, number> = {};
  let decodedBytes = 0;
  let lastActivity = Date.now();
  page.on('request', () => (lastActivity = Date.now()));
  page.on('requestfinished', (request) => {
    lastActivity = Date.now();
    void request.sizes().then(
      (sizes) => {
        const type = request.resourceType();
        bytesByType[type] = (bytesByType[type] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
      },
      () => undefined,
    );
    void request
      .response()
      .then((response) => response?.body())
      .then(
        (body) => (decodedBytes += body?.length ?? 0),
        () => undefined,
      );
  });
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __interactiveAt?: number }).__interactiveAt,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const interactiveMs = Number(await handle.jsonValue());
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
  const busy = { task: metric('TaskDuration'), script: metric('ScriptDuration'), layout: metric('LayoutDuration') };
  const complete = await page.waitForFunction(
    () => (window as unknown as { __completeAt?: number }).__completeAt,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const completeMs = Number(await complete.jsonValue());
  while (Date.now() - lastActivity < 1000) await new Promise((r) => setTimeout(r, 100));
  await context.close();
  const totalBytes = Object.values(bytesByType).reduce((a, b) => a + b, 0);
  return { interactiveMs, completeMs, bytesByType, totalBytes, decodedBytes, busy };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const loads = argLoads();
  const server = await startPreview(PORT, { outDir: process.env.BENCH_STARTUP_DIR });
  try {
    const browser = await launchChromium();
    try {
      console.log(
        `startup of the built web app, ${loads} cold loads each; load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${os.cpus().length} cores`,
      );
      for (const throttle of [1, 4]) {
        await loadOnce(browser, server.url, throttle); // warm-up: the preview server's first answers are slow
        const results: Load[] = [];
        for (let i = 0; i < loads; i++) results.push(await loadOnce(browser, server.url, throttle));
        const types = [...new Set(results.flatMap((r) => Object.keys(r.bytesByType)))].sort();
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        console.log(`\nCPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`}`);
        console.log(
          `  interactive canvas: median ${median(results.map((r) => r.interactiveMs)).toFixed(0)} ms (each: ` +
            `${results.map((r) => r.interactiveMs.toFixed(0)).join(', ')})`,
        );
        console.log(
          `  whole window:       median ${median(results.map((r) => r.completeMs)).toFixed(0)} ms (each: ` +
            `${results.map((r) => r.completeMs.toFixed(0)).join(', ')})`,
        );
        const busy = (key: keyof Load['busy']) => median(results.map((r) => r.busy[key])).toFixed(0);
        console.log(
          `  main thread busy:   median ${busy('task')} ms in tasks (${busy('script')} ms scripts, ${busy('layout')} ms ` +
            'layout)',
        );
        console.log(
          `  initial transfer:   median ${kb(median(results.map((r) => r.totalBytes)))} on the wire, ` +
            `${kb(median(results.map((r) => r.decodedBytes)))} decoded`,
        );
        for (const type of types)
          console.log(`    ${type.padEnd(10)} ${kb(median(results.map((r) => r.bytesByType[type] ?? 0)))}`);
      }
      console.log(
        `\nload average after: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
}

void main();
