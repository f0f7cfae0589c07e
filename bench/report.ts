import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AGREEMENT_TOLERANCE, type WorkloadResult } from './run-workload';

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

/** The throughput table of one workload: one row per path × backend, steps/s and the ratio of medians to the reference. */
export function formatTable(result: WorkloadResult): string {
  const header = ['path', 'backend', 'min steps/s', 'median', 'max', 'median ÷ reference'];
  const rows = result.results.map((r) => [
    r.path, r.backend === 'none' ? 'js' : r.backend, rate(r.min), rate(r.median), rate(r.max), ratio(r.ratioToReference),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]): string => '  ' + cells.map((cell, c) => pad(cell, widths[c], c >= 2)).join('   ');
  const leaks = result.results.filter((r) => r.leakedTensors !== 0)
    .map((r) => `  note: ${r.path}/${r.backend} left ${r.leakedTensors} tensors allocated after dispose`);
  return [`${result.id}  ${result.title}`, line(header), ...rows.map(line), ...leaks].join('\n');
}

/** One line saying whether every tfjs path trained to the reference's loss, naming the worst one. */
export function formatAgreement(result: WorkloadResult): string {
  const worst = result.agreements.reduce((a, b) => (b.relativeDifference > a.relativeDifference ? b : a), result.agreements[0]);
  const failures = result.agreements.filter((a) => !a.ok);
  const head = `  agreement after ${result.agreementSteps} steps: reference loss ${result.referenceInitialLoss.toFixed(5)} → ${result.referenceLoss.toFixed(5)}`;
  if (!worst) return `${head}; no tfjs path was run`;
  const tail = `largest relative difference over ${result.agreements.length} tfjs runs ${worst.relativeDifference.toExponential(1)} (${worst.path}/${worst.backend}, loss ${worst.loss.toFixed(5)})`;
  if (failures.length === 0) return `${head}; ${tail}; within ${AGREEMENT_TOLERANCE}: OK`;
  const names = failures.map((f) => `${f.path}/${f.backend}`).join(', ');
  return `${head}; ${tail}; FAILED for ${names}: they do not train the same network as the reference`;
}

/** Writes the run as JSON to RESULTS_FILE, creating the folder; returns the path written. */
export async function writeResults(machine: MachineInfo, flags: object, workloads: WorkloadResult[]): Promise<string> {
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  const body = { measuredAt: new Date().toISOString(), machine, flags, workloads };
  await writeFile(RESULTS_FILE, JSON.stringify(body, null, 2) + '\n', 'utf8');
  return RESULTS_FILE;
}
