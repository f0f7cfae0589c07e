/**
 * `npm run bench:ui`: trains in the built web app in Chromium with the live views on screen and
 * reports what the page's main thread went through: long tasks (> 50 ms), frame intervals, the
 * decision-boundary refresh (grid request → grid back, pixels, draw) at the default grid and at
 * 128×128, and the training rate the toolbar shows. A benchmark, not a test: nothing is asserted.
 *
 *   npm run bench:ui                 # 10 s per scenario
 *   npm run bench:ui -- --seconds 5
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from '@playwright/test';
import { launchChromium, startPreview } from '../../scripts/browser-harness';
import { INSTALL_PROBES, START_RECORDING, STOP_RECORDING, type Recording } from './probes';
import { summarise, type Summary } from './stats';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4391);
const BASE = `http://127.0.0.1:${PORT}`;

interface Scenario {
  name: string;
  query: string;
  /** The Dock tab on screen while training. */
  tab: 'overview' | 'metrics' | 'boundary' | 'gradients' | 'weights' | 'neurons';
}

const SCENARIOS: Scenario[] = [
  { name: 'boundary tab, 128×128 grid', query: '?grid=128', tab: 'boundary' },
  { name: 'overview tab (loss, boundary, gradients), default grid', query: '', tab: 'overview' },
  { name: 'metrics tab (loss and accuracy charts)', query: '', tab: 'metrics' },
  { name: 'gradients tab', query: '', tab: 'gradients' },
  { name: 'weights tab', query: '', tab: 'weights' },
];

interface ScenarioResult {
  scenario: string;
  seconds: number;
  steps: number;
  stepsPerSecond: number;
  longTasks: { count: number; maxMs: number };
  frameMs: Summary;
  measures: Record<string, Summary>;
}

function argSeconds(): number {
  const i = process.argv.indexOf('--seconds');
  const value = i >= 0 ? Number(process.argv[i + 1]) : 10;
  if (!(value > 0 && value <= 600))
    throw new Error(
      `--seconds must be a number of seconds from 1 to 600, not ${process.argv[i + 1]}. Try --seconds 10.`,
    );
  return value;
}

async function readStep(page: Page): Promise<number> {
  const text = (await page.getByTestId('counter-step').textContent()) ?? '';
  return Number(text.replace(/[^0-9]/g, ''));
}

async function runScenario(page: Page, scenario: Scenario, seconds: number): Promise<ScenarioResult> {
  await page.goto(`${BASE}/${scenario.query}`);
  await page.getByTestId('btn-train').waitFor();
  // Long enough that the run never ends inside the window.
  await page.getByTestId('training-epochs').fill('1000000');
  await page.getByTestId('training-epochs').press('Tab');
  await page.getByTestId(`dock-tab-${scenario.tab}`).click();
  await page.getByTestId('btn-train').click();
  await page.getByTestId('btn-pause').waitFor();
  // Let the worker pick its engine and warm up before measuring.
  await page.waitForTimeout(1500);
  const stepBefore = await readStep(page);
  await page.evaluate(START_RECORDING);
  const started = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const seen = (await page.evaluate(STOP_RECORDING)) as Recording;
  const elapsed = (Date.now() - started) / 1000;
  const steps = (await readStep(page)) - stepBefore;
  if (await page.getByTestId('btn-pause').isEnabled()) await page.getByTestId('btn-pause').click();
  return {
    scenario: scenario.name,
    seconds: elapsed,
    steps,
    stepsPerSecond: steps / elapsed,
    longTasks: { count: seen.longTasks.length, maxMs: Math.max(0, ...seen.longTasks) },
    frameMs: summarise(seen.frames),
    measures: Object.fromEntries(Object.entries(seen.measures).map(([name, values]) => [name, summarise(values)])),
  };
}

function format(results: ScenarioResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `\n${r.scenario}: ${r.steps.toLocaleString('en')} steps in ${r.seconds.toFixed(1)} s = ` +
        `${Math.round(r.stepsPerSecond).toLocaleString('en')} steps/s`,
    );
    lines.push(
      `  main-thread long tasks > 50 ms: ${r.longTasks.count}${r.longTasks.count ? ` (longest ${r.longTasks.maxMs.toFixed(0)} ms)` : ''}`,
    );
    lines.push(
      `  frame interval: median ${r.frameMs.median.toFixed(1)} ms, p95 ${r.frameMs.p95.toFixed(1)} ms, max ` +
        `${r.frameMs.max.toFixed(1)} ms over ${r.frameMs.count} frames`,
    );
    for (const [name, s] of Object.entries(r.measures)) {
      lines.push(
        `  ${name.replace('mlp:', '').padEnd(16)} median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, ` +
          `max ${s.max.toFixed(2)} ms (${s.count}×)`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const seconds = argSeconds();
  const server = await startPreview(PORT);
  try {
    const browser = await launchChromium();
    const version = browser.version();
    console.log(
      `MLP Studio UI bench: Chromium ${version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ` +
        `average ${os.loadavg()[0].toFixed(2)}, ${seconds} s per scenario, 1280×800`,
    );
    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(INSTALL_PROBES);
      results.push(await runScenario(page, scenario, seconds));
      await page.close();
    }
    await browser.close();
    console.log(format(results));
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      'bench/results/ui-latest.json',
      JSON.stringify({ chromium: version, seconds, loadAverage: os.loadavg()[0], results }, null, 2),
    );
    console.log('\nfigures saved to bench/results/ui-latest.json');
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
