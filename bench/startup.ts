/**
 * `npm run bench:startup`: how fast the production web build (dist/renderer, served by
 * `vite preview`) starts in Chromium, cold cache, unthrottled and with the CPU throttled 4×
 * (CDP Emulation.setCPUThrottlingRate), median of 5 loads each. A benchmark, not a test.
 *
 * "Interactive canvas" = the first node card is visible on the canvas (laid out and no longer hidden
 * while React Flow measures it and the template is arranged) and the palette's items are in the page,
 * timed from navigation start by a probe inside the page (performance.now()). The probe reports by
 * console message: waiting with page.waitForFunction would inject Playwright's own script into the
 * page, compiled on the page's main thread in the middle of the start being measured.
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
 *   npm run bench:startup -- --against /tmp/old-build   (loads the two builds in turn; ratios to the old one)
 */
import os from 'node:os';
import type { Browser } from '@playwright/test';
import { type PreviewServer, launchChromium, startPreview } from '../scripts/browser-harness';

const PORT = Number(process.env.BENCH_STARTUP_PORT ?? 4392);

/**
 * Records performance.now() at the first frame where a node card and the palette are both present, and at the first
 * where the rest of the window (the Dataset panel, the training settings, the first dock tab's views) is drawn too.
 */
const PROBE = `(() => {
  let interactive = false;
  const check = () => {
    const card = document.querySelector('.react-flow__node [data-testid^="node-"]');
    const palette = document.querySelector('[data-testid="palette"] li');
    const visible = card && card.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    if (!interactive && visible && palette && card.getBoundingClientRect().width > 0) {
      interactive = true;
      console.debug('mlp-startup interactive', performance.now());
    }
    const rest = ['[data-testid="dataset-panel"]', '[data-testid="training-settings"]', '#dock-tabpanel > *'];
    if (interactive && rest.every((selector) => document.querySelector(selector))) {
      console.debug('mlp-startup complete', performance.now());
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
  const reported = new Map<string, (ms: number) => void>();
  const reportOf = (what: string) => new Promise<number>((resolve) => reported.set(what, resolve));
  const interactive = reportOf('interactive');
  const complete = reportOf('complete');
  page.on('console', (message) => {
    const [tag, what, ms] = message.text().split(' ');
    if (tag === 'mlp-startup') reported.get(what)?.(Number(ms));
  });
  const timeout = (what: string) =>
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within 60 s`)), 60_000));
  await page.goto(url, { waitUntil: 'commit' });
  const interactiveMs = await Promise.race([interactive, timeout('interactive canvas')]);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
  const busy = { task: metric('TaskDuration'), script: metric('ScriptDuration'), layout: metric('LayoutDuration') };
  const completeMs = await Promise.race([complete, timeout('whole window')]);
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

/** The builds to load: the one under test, then any `--against <folder>` reference builds. */
function argBuilds(): { label: string; dir: string | undefined }[] {
  const builds: { label: string; dir: string | undefined }[] = [
    { label: process.env.BENCH_STARTUP_DIR ?? 'dist/renderer', dir: process.env.BENCH_STARTUP_DIR },
  ];
  process.argv.forEach((arg, i) => {
    if (arg !== '--against') return;
    const dir = process.argv[i + 1];
    if (!dir || dir.startsWith('--'))
      throw new Error('--against needs the folder of another build, e.g. --against /tmp/old-build.');
    builds.push({ label: dir, dir });
  });
  return builds;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function report(results: Load[], reference: Load[] | null): void {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.bytesByType)))].sort();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const ratio = (pick: (r: Load) => number) =>
    reference ? ` = ${(median(results.map(pick)) / median(reference.map(pick))).toFixed(2)}× the reference` : '';
  console.log(
    `  interactive canvas: median ${median(results.map((r) => r.interactiveMs)).toFixed(0)} ms` +
      `${ratio((r) => r.interactiveMs)} (each: ${results.map((r) => r.interactiveMs.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  whole window:       median ${median(results.map((r) => r.completeMs)).toFixed(0)} ms` +
      `${ratio((r) => r.completeMs)} (each: ${results.map((r) => r.completeMs.toFixed(0)).join(', ')})`,
  );
  const busy = (key: keyof Load['busy']) => median(results.map((r) => r.busy[key])).toFixed(0);
  console.log(
    `  main thread busy:   median ${busy('task')} ms in tasks${ratio((r) => r.busy.task)} (${busy('script')} ms ` +
      `scripts, ${busy('layout')} ms layout)`,
  );
  console.log(
    `  initial transfer:   median ${kb(median(results.map((r) => r.totalBytes)))} on the wire, ` +
      `${kb(median(results.map((r) => r.decodedBytes)))} decoded`,
  );
  for (const type of types)
    console.log(`    ${type.padEnd(10)} ${kb(median(results.map((r) => r.bytesByType[type] ?? 0)))}`);
}

/**
 * Loads each build in turn (build A, build B, A, B, …) so that a reference build given with --against meets the same
 * moments of a shared machine's load as the build under test; ratios are build ÷ the first reference.
 */
async function main(): Promise<void> {
  const loads = argLoads();
  const builds = argBuilds();
  const servers: PreviewServer[] = [];
  try {
    for (const [i, build] of builds.entries()) servers.push(await startPreview(PORT + i, { outDir: build.dir }));
    const browser = await launchChromium();
    try {
      console.log(
        `startup of the built web app, ${loads} cold loads each; load average ${loadAverage()} on ${
          os.cpus().length
        } cores${builds.length > 1 ? `; builds loaded in turn: ${builds.map((b) => b.label).join(', ')}` : ''}`,
      );
      for (const throttle of [1, 4]) {
        // Warm-up: the preview server's first answers are slow.
        for (const server of servers) await loadOnce(browser, server.url, throttle);
        const results: Load[][] = builds.map(() => []);
        for (let i = 0; i < loads; i++)
          for (const [b, server] of servers.entries()) results[b].push(await loadOnce(browser, server.url, throttle));
        console.log(`\nCPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`}`);
        for (const [b, build] of builds.entries()) {
          if (builds.length > 1) console.log(` ${b === 0 ? 'build' : 'reference'} ${build.label}`);
          report(results[b], b === 0 && builds.length > 1 ? results[1] : null);
        }
      }
      console.log(`\nload average after: ${loadAverage()}`);
    } finally {
      await browser.close();
    }
  } finally {
    servers.forEach((server) => server.stop());
  }
}

void main();
