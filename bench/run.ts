/**
 * `npm run bench`: trains the workloads of bench/workloads.ts on every path and tfjs backend,
 * prints steps/s next to the hand-written reference, checks that every path trains the same
 * network as the reference, and saves the figures to bench/results/latest.json.
 */
import os from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './args';
import { FULL_PLAN, QUICK_PLAN } from './measure';
import { PATHS, referencePath } from './paths';
import { formatAgreement, formatTable, writeResults, type MachineInfo } from './report';
import { runWorkload, type WorkloadResult } from './run-workload';
import { prepareBackends, wasmFeatures } from './tfjs-backends';
import { WORKLOADS } from './workloads';

async function main(args: BenchArgs): Promise<number> {
  const { available, failures } = await prepareBackends(args.backends);
  for (const failure of failures) console.warn(`warning: ${failure}; it is left out of this run.`);
  const machine: MachineInfo = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    tfjs: tf.version.tfjs,
    wasm: available.includes('wasm') ? await wasmFeatures() : null,
    loadAverage: { start: os.loadavg()[0], end: NaN },
  };
  const plan = args.quick ? QUICK_PLAN : FULL_PLAN;
  const wasm = machine.wasm
    ? `, wasm simd ${machine.wasm.simd ? 'on' : 'off'} threads ${machine.wasm.threads ? 'on' : 'off'}`
    : '';
  console.log(
    `MLP Studio bench: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, tfjs ${machine.tfjs}${wasm}, ` +
      `load average ${machine.loadAverage.start.toFixed(2)}`,
  );
  console.log(`paths: ${[referencePath, ...PATHS].map((p) => `${p.id} = ${p.description}`).join('\n       ')}`);
  console.log(
    `backends: ${available.join(', ') || 'none'}; ${plan.reps} repetitions of ~${plan.repMs} ms after ~${plan.warmupMs} ms warm-up\n`,
  );
  const started = performance.now();
  const results: WorkloadResult[] = [];
  for (const workload of WORKLOADS.filter((w) => args.workloads.includes(w.id))) {
    const result = await runWorkload(workload, PATHS, available, plan, (line) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    results.push(result);
    console.log(formatTable(result));
    console.log(formatAgreement(result) + '\n');
  }
  machine.loadAverage.end = os.loadavg()[0];
  if (machine.loadAverage.end > machine.cpus * 0.75 || machine.loadAverage.start > machine.cpus * 0.75) {
    console.log(
      `note: the load average was ${machine.loadAverage.start.toFixed(2)} → ` +
        `${machine.loadAverage.end.toFixed(2)} on ${machine.cpus} cores; other processes competed for the CPU, ` +
        `so treat the figures as rough.`,
    );
  }
  const file = await writeResults(machine, { quick: args.quick, only: args.workloads, backends: available }, results);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; figures saved to ${file}`);
  const disagreeing = results.flatMap((r) => r.agreement.agreements.filter((a) => !a.ok));
  const failed = results.flatMap((r) => r.results.filter((p) => p.error));
  if (disagreeing.length + failed.length > 0) {
    console.log(
      `${disagreeing.length} agreement check(s) and ${failed.length} timing(s) failed; see the FAILED lines above.`,
    );
    return 1;
  }
  return 0;
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
if (args.help) {
  console.log(BENCH_USAGE);
} else {
  // Caught here because the WASM runtime turns an uncaught rejection into a dump of its own source.
  try {
    process.exitCode = await main(args);
  } catch (err) {
    console.error(`The bench stopped: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  }
}
