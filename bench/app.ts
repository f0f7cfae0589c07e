/**
 * `npm run bench:app`: training throughput in the real app (Chromium, the training worker, the dock's
 * live charts) against the same engine in the same page with no UI listening, and the main thread's
 * long tasks (PerformanceObserver 'longtask', > 50 ms) while the UI trains. A benchmark, not a test:
 * it prints figures (medians of several alternating repetitions) and never fails on speed.
 *
 * npm run build:renderer && npm run bench:app [-- --reps 3 --seconds 4 --only moons-2-10-1 --tab metrics,gradients
 * --no-tint --profile main.cpuprofile]
 *
 * With UI: a bundled example opened from the Presets menu, Train pressed, the dock showing its
 * charts. Without UI: a second worker from the same script URL, given the same init message (the
 * app's own, captured as it was sent) and told to play, while the app sits paused; only its progress
 * messages are counted. Steps/s come from the workers' progress reports (step numbers and arrival
 * times), not from the display. The main thread's CPU time per second of the window (Chromium's
 * ThreadTime) tells the UI's own cost apart from the load of the machine.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CDPSession, type Page } from '@playwright/test';
import { launchChromium, startPreview } from '../scripts/browser-harness';
import { median } from './measure';

const PORT = Number(process.env.E2E_PORT ?? 4177);
const RENDERER_DIR = process.env.RENDERER_DIR ?? join('dist', 'renderer');
/** The examples measured: 2-10-1 on 200 moons, full batch (the issue's W2), and the deep sigmoid network, batch 32 (W3's shape). */
const PRESETS = ['moons-2-10-1', 'deep-sigmoid'];
const LONG_RUN = 1_000_000;

const { values: flags } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    profile: { type: 'string' },
    only: { type: 'string' },
    tab: { type: 'string', default: 'metrics' },
    'no-tint': { type: 'boolean', default: false },
  },
});
/** Where to write a CPU profile of the page's main thread while the UI trains (Chrome DevTools format), if anywhere. */
const PROFILE = flags.profile;
const REPS = Number(flags.reps);
const SECONDS = Number(flags.seconds);
/**
 * The dock tabs shown while the UI trains, each measured in turn (the dock's tab ids: overview, metrics, boundary,
 * gradients, weights, neurons, ...; `collapsed` folds the dock away).
 */
const TABS = (flags.tab as string)
  .split(',')
  .map((t) => t.trim())
  .filter((t) => t !== '');
if (TABS.length === 0)
  throw new Error(`--tab needs at least one dock tab id (for example --tab metrics,gradients); got "${flags.tab}".`);
if (!(Number.isInteger(REPS) && REPS >= 1) || !(SECONDS > 0))
  throw new Error(
    `--reps must be a whole number ≥ 1 and --seconds a positive number; got ${flags.reps} and ${flags.seconds}.`,
  );

/**
 * Runs in the page before the app: records long tasks, the training worker's URL, the app's last init and document,
 * and every worker's progress.
 */
function instrument(): void {
  type Probe = {
    longTasks: { start: number; duration: number }[];
    url: string | null;
    init: Record<string, unknown> | null;
    document: unknown;
    progress: { worker: string; at: number; step: number }[];
  };
  const probe: Probe = { longTasks: [], url: null, init: null, document: null, progress: [] };
  (window as unknown as { __bench: Probe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'training' && options?.name !== 'bench') return;
      const label = options.name;
      if (label === 'training') probe.url = String(url);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: string; step?: number };
        if (data?.type === 'progress')
          probe.progress.push({ worker: label, at: performance.now(), step: data.step as number });
      });
      if (label !== 'training') return;
      const post = this.postMessage.bind(this) as (message: unknown, transfer?: Transferable[]) => void;
      this.postMessage = ((message: { type?: string; document?: unknown }, transfer?: Transferable[]) => {
        if (message?.type === 'init') probe.init = structuredClone(message) as Record<string, unknown>;
        if (message?.type === 'init' || message?.type === 'updateDocument')
          probe.document = structuredClone(message.document);
        post(message, transfer);
      }) as Worker['postMessage'];
    }
  };
}

/** Steps per second of one worker's progress reports between two page times (first and last report inside the window). */
async function rateBetween(page: Page, worker: string, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ worker, from, to }) => {
      const reports = (
        window as unknown as { __bench: { progress: { worker: string; at: number; step: number }[] } }
      ).__bench.progress.filter((p) => p.worker === worker && p.at >= from && p.at <= to);
      if (reports.length < 2) return Number.NaN;
      const [first, last] = [reports[0], reports[reports.length - 1]];
      return ((last.step - first.step) * 1000) / (last.at - first.at);
    },
    { worker, from, to },
  );
}

async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks
        .filter((t) => t.start >= from && t.start <= to)
        .map((t) => Math.round(t.duration)),
    { from, to },
  );
}

/** CPU seconds the page's main thread has used so far (Chromium's ThreadTime metric, unaffected by waiting for a core). */
async function mainThreadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
}

/** Lets a running worker settle (JIT, first charts), then measures SECONDS of it. */
async function measureWindow(page: Page): Promise<{ from: number; to: number; busy: number }> {
  const metrics = await page.context().newCDPSession(page);
  await metrics.send('Performance.enable');
  await page.waitForTimeout(1500);
  const from = await pageNow(page);
  const cpuFrom = await mainThreadTime(metrics);
  await page.waitForTimeout(SECONDS * 1000);
  const to = await pageNow(page);
  const busy = ((await mainThreadTime(metrics)) - cpuFrom) / ((to - from) / 1000);
  await metrics.detach();
  return { from, to, busy };
}

/** With UI: Train in the app, measure, Pause. */
async function withUi(page: Page): Promise<{ rate: number; longTasks: number[]; busy: number }> {
  await page.getByTestId('btn-train').click();
  await page.getByTestId('btn-pause').waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="btn-pause"]') as HTMLButtonElement | null)?.disabled === false,
  );
  if (flags['no-tint']) await page.getByTestId('toggle-gradient-tint').setChecked(false);
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const { from, to, busy } = await measureWindow(page);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(PROFILE as string, JSON.stringify(profile));
    console.log(`  main-thread CPU profile of the UI window written to ${PROFILE}`);
  }
  await page.getByTestId('btn-pause').click();
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="btn-train"]') as HTMLButtonElement | null)?.disabled === false,
  );
  return {
    rate: await rateBetween(page, 'training', from, to),
    longTasks: await longTasksBetween(page, from, to),
    busy,
  };
}

/** Without UI: a bare worker from the app's script, the app's own init, play; nothing in the page listens but the counter. */
async function withoutUi(page: Page): Promise<{ rate: number; longTasks: number[]; busy: number }> {
  await page.evaluate(() => {
    const probe = (window as unknown as { __bench: { url: string; init: Record<string, unknown>; document: unknown } })
      .__bench;
    const worker = new Worker(probe.url, { type: 'module', name: 'bench' });
    (window as unknown as { __benchWorker: Worker }).__benchWorker = worker;
    worker.postMessage({ ...probe.init, document: probe.document });
    worker.postMessage({ type: 'play' });
  });
  const { from, to, busy } = await measureWindow(page);
  await page.evaluate(() => {
    const worker = (window as unknown as { __benchWorker: Worker }).__benchWorker;
    worker.postMessage({ type: 'dispose' });
    setTimeout(() => worker.terminate(), 200);
  });
  return { rate: await rateBetween(page, 'bench', from, to), longTasks: await longTasksBetween(page, from, to), busy };
}

async function benchPreset(page: Page, preset: string, tabs: string[]): Promise<void> {
  await page.getByTestId('btn-presets').click();
  await page.getByTestId(`preset-${preset}`).click();
  // The previous example's edited epochs make the project dirty: agree to replace it.
  await page
    .getByTestId('confirm-ok')
    .click({ timeout: 2000 })
    .catch(() => undefined);
  await page.getByTestId('file-name').filter({ hasText: preset }).waitFor();
  const epochs = page.getByTestId('training-epochs');
  await epochs.fill(String(LONG_RUN));
  await epochs.blur();
  for (const tab of tabs) await benchTab(page, preset, tab);
}

/** One example with one dock tab on screen: alternating repetitions with and without the UI, and their medians. */
async function benchTab(page: Page, preset: string, tab: string): Promise<void> {
  // 'collapsed' measures the app with the dock folded away: the toolbar, the canvas and the readouts only.
  const tabButton = page.getByTestId(`dock-tab-${tab === 'collapsed' ? 'overview' : tab}`);
  if ((await tabButton.count()) === 0)
    throw new Error(
      `--tab ${tab}: the dock has no tab "dock-tab-${tab}"; use one of its tab ids (overview, metrics, boundary, ` +
        `gradients, weights, neurons, backprop, activations, sweep) or collapsed.`,
    );
  await tabButton.click();
  if (tab === 'collapsed') await page.getByTestId('dock-collapse').click();
  // Each tab starts from fresh weights and an empty history, so every tab draws the same amount and a full-batch run
  // never reaches its last epoch.
  await page.getByTestId('btn-reset').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="counter-step"]')?.textContent?.trim() === '0');
  const ui: number[] = [];
  const bare: number[] = [];
  const tasks: number[] = [];
  const bareTasks: number[] = [];
  const busy: number[] = [];
  const bareBusy: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const a = await withUi(page);
    const b = await withoutUi(page);
    ui.push(a.rate);
    bare.push(b.rate);
    tasks.push(...a.longTasks);
    bareTasks.push(...b.longTasks);
    busy.push(a.busy);
    bareBusy.push(b.busy);
    console.log(
      `  ${preset} [${tab}] rep ${rep + 1}: with UI ${Math.round(a.rate)} steps/s (long tasks ` +
        `${a.longTasks.length ? a.longTasks.join(', ') + ' ms' : 'none'}), without UI ${Math.round(b.rate)} steps/s`,
    );
  }
  const engine = await page.getByTestId('backend-badge').innerText();
  const ratio = median(ui) / median(bare);
  console.log(
    `${preset} [${tab}] (badge ${engine}): with UI ${Math.round(median(ui))} steps/s, without UI ` +
      `${Math.round(median(bare))} steps/s (medians of ${REPS}); ` +
      `with ÷ without ${ratio.toFixed(2)} (${ratio >= 0.8 ? 'within' : 'NOT within'} 20 %); ` +
      `main-thread long tasks > 50 ms while training with UI: ` +
      `${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks)} ms)` : ''}, without UI: ${bareTasks.length}; ` +
      `main-thread CPU with UI ${Math.round(median(busy) * 1000)} ms/s, without UI ${Math.round(median(bareBusy) * 1000)} ms/s`,
  );
}

async function main(): Promise<void> {
  const server = await startPreview(PORT, { outDir: RENDERER_DIR });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(instrument);
    await page.goto(server.url);
    await page.getByTestId('canvas').waitFor();
    console.log(
      `Chromium ${browser.version()}, ${REPS} alternating repetitions of ${SECONDS} s per preset and tab ` +
        `(${TABS.join(', ')}), load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`,
    );
    for (const preset of flags.only ? flags.only.split(',') : PRESETS) await benchPreset(page, preset, TABS);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
