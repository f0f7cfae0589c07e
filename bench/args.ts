import { parseArgs } from 'node:util';
import type { TfjsBackend } from './tfjs-backends';
import { WORKLOADS, type WorkloadId } from './workloads';

/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  quick: boolean;
  workloads: WorkloadId[];
  backends: TfjsBackend[];
  help: boolean;
}

/** The text printed by `--help` and after a bad flag. */
export const BENCH_USAGE = `Usage: npm run bench -- [--quick] [--only W1,W3] [--backend cpu|wasm|cpu,wasm]

  --quick            3 repetitions of ~150 ms instead of 5 of ~400 ms (the agreement check still runs in full)
  --only LIST        workloads to run, from ${WORKLOADS.map((w) => w.id).join(', ')} (default: all)
  --backend LIST     tfjs backends to measure, cpu and/or wasm (default: both)`;

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parses the bench's flags (argv without node and the script), throwing an Error that names the bad value and the valid ones. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        backend: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${BENCH_USAGE}`);
  }
  const known = WORKLOADS.map((w) => w.id);
  const workloads =
    values.only === undefined
      ? known
      : list(values.only).map((id) => {
          const match = known.find((k) => k.toLowerCase() === id.toLowerCase());
          if (!match) throw new Error(`--only: unknown workload '${id}'; choose from ${known.join(', ')}.`);
          return match;
        });
  if (workloads.length === 0) throw new Error(`--only needs at least one workload, e.g. --only W1,W3.`);
  const backends = values.backend === undefined ? ['cpu', 'wasm'] : list(values.backend).map((b) => b.toLowerCase());
  for (const b of backends) {
    if (b !== 'cpu' && b !== 'wasm') {
      throw new Error(
        `--backend: '${b}' cannot be measured in Node; use cpu, wasm or cpu,wasm (WebGL and WebGPU need a browser).`,
      );
    }
  }
  if (backends.length === 0) throw new Error(`--backend needs at least one backend, e.g. --backend cpu.`);
  return {
    quick: values.quick ?? false,
    workloads: [...new Set(workloads)],
    backends: [...new Set(backends)] as TfjsBackend[],
    help: values.help ?? false,
  };
}
