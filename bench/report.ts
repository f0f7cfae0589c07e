import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AGREEMENT_TOLERANCE } from './agreement';
import type { WorkloadResult } from './run-workload';

/** Where the machine-readable copy of the last run goes (git-ignored). */
export const RESULTS_FILE = path.join(import.meta.dirname, 'results', 'latest.json');

/** The machine and software a run was measured on. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  tfjs: string;
  wasm: { simd: boolean; threads: boolean } | null;
  /** 1-minute load average when the run started and ended: other processes on the cores skew every figure. */
  loadAverage: { start: number; end: number };
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function ratio(value: number): string {
  return value >= 10 ? value.toFixed(1) : value.toPrecision(3);
}

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * The throughput table of one workload: one row per path × backend, wall-clock steps/s (min,
 * median, max), the ratio of medians to the reference, and the median steps per CPU-second.
 */
export function formatTable(result: WorkloadResult): string {
  const header = ['path', 'backend', 'min steps/s', 'median', 'max', 'median ÷ reference', 'per CPU-second'];
  const ok = result.results.filter((r) => !r.error);
  const rows = ok.map((r) => [
    r.path,
    r.backend === 'none' ? 'js' : r.backend,
    rate(r.min),
    rate(r.median),
    rate(r.max),
    ratio(r.ratioToReference),
    rate(r.cpuMedian),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]): string => '  ' + cells.map((cell, c) => pad(cell, widths[c], c >= 2)).join('   ');
  const failed = result.results.filter((r) => r.error).map((r) => `  FAILED ${r.path}/${r.backend}: ${r.error}`);
  const leaks = result.results
    .filter((r) => r.leakedTensors !== 0)
    .map((r) => `  note: ${r.path}/${r.backend} left ${r.leakedTensors} tensors allocated after dispose`);
  const paired = result.paired
    ? [
        `  in turns: ${result.paired.subject} ÷ ${result.paired.base} over ${result.paired.ratios.length} ` +
          `alternating pairs of repetitions: median ${ratio(result.paired.median)} (${ratio(result.paired.min)} ` +
          `– ${ratio(result.paired.max)})`,
      ]
    : [];
  return [
    `${result.id}  ${result.title} (${result.parameters.toLocaleString('en-US')} parameters)`,
    line(header),
    ...rows.map(line),
    ...paired,
    ...failed,
    ...leaks,
  ].join('\n');
}

/** One line saying whether every path trained to the reference's loss, naming the worst one. */
export function formatAgreement(result: WorkloadResult): string {
  const { steps, initialLoss, finalLoss, agreements } = result.agreement;
  const head = `  agreement after ${steps} steps: reference loss ${initialLoss.toFixed(5)} → ${finalLoss.toFixed(5)}`;
  const compared = agreements.filter((a) => !a.error);
  if (compared.length === 0) return `${head}; no path ran`;
  const worst = compared.reduce((a, b) => (!(a.relativeDifference >= b.relativeDifference) ? b : a));
  const replay = agreements.some((a) => a.shuffled)
    ? ' (shuffling paths against the reference replaying their batch order)'
    : '';
  const tail =
    `largest relative difference over ${compared.length} runs${replay} ` +
    `${worst.relativeDifference.toExponential(1)} (${worst.path}/${worst.backend})`;
  const failures = agreements.filter((a) => !a.ok);
  if (failures.length === 0) return `${head}; ${tail}; within ${AGREEMENT_TOLERANCE}: OK`;
  const names = failures.map(
    (f) =>
      `${f.path}/${f.backend} (${f.error ? `threw: ${f.error}` : `${f.loss.toFixed(5)} vs ${f.referenceLoss.toFixed(5)}`})`,
  );
  return `${head}; ${tail}; FAILED for ${names.join(', ')}`;
}

/** Writes the run as JSON to RESULTS_FILE, creating the folder; returns the path written. */
export async function writeResults(machine: MachineInfo, flags: object, workloads: WorkloadResult[]): Promise<string> {
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  const body = { measuredAt: new Date().toISOString(), machine, flags, workloads };
  await writeFile(RESULTS_FILE, JSON.stringify(body, null, 2) + '\n', 'utf8');
  return RESULTS_FILE;
}
