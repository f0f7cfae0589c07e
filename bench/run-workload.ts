import * as tf from '@tensorflow/tfjs';
import { checkAgreement, type AgreementCheck } from './agreement';
import { measurePaired, measureThroughput, type PairedRatio, type Throughput, type TimingPlan } from './measure';
import { initialWeights, parameterCount } from './network';
import { referencePath } from './paths';
import type { BackendName, BenchPath, RunSetup } from './paths/types';
import { freshBackend, type TfjsBackend } from './tfjs-backends';
import type { Workload } from './workloads';

/** Seed of the starting weights every path shares. */
const WEIGHT_SEED = 7;

/** Throughput of one path on one backend ('none' for the reference), with its ratio to the reference median. */
export interface PathResult extends Throughput {
  path: string;
  backend: BackendName;
  ratioToReference: number;
  /** Tensors still allocated after the runner was disposed (should be 0). */
  leakedTensors: number;
  /** Why the path could not be timed, when it threw (the figures are then NaN). */
  error?: string;
}

/** Everything measured for one workload. */
export interface WorkloadResult {
  id: string;
  title: string;
  parameters: number;
  agreement: AgreementCheck;
  results: PathResult[];
  /** The app's fast engine against the reference in alternating repetitions; absent when either failed. */
  paired?: PairedRatio;
}

/** The path whose ratio to the reference the targets are about, and how many pairs it is timed in beyond the plan's repetitions. */
const PAIRED_PATH = 'engine-fast';
const EXTRA_PAIRS = 2;

/**
 * Runs one workload: first the correctness check (checkAgreement), then the timings of the
 * reference, of each plain-JavaScript path and of each tfjs path × backend, each tfjs run on a
 * fresh backend instance (freshBackend);
 * `progress` hears which one is being timed. A path that throws is recorded with its message.
 */
export async function runWorkload(
  workload: Workload,
  paths: BenchPath[],
  backends: TfjsBackend[],
  plan: TimingPlan,
  progress: (line: string) => void,
): Promise<WorkloadResult> {
  const workloadPlan = { ...plan, reps: Math.min(plan.reps, workload.maxReps ?? plan.reps) };
  const setup: RunSetup = {
    workload,
    data: workload.makeData(),
    weights: initialWeights(workload.network, WEIGHT_SEED),
  };
  progress(`${workload.id}: checking that every path trains the same network`);
  const agreement = await checkAgreement(setup, paths, backends);
  const timed: Omit<PathResult, 'ratioToReference'>[] = [];
  const threw = new Map(
    agreement.agreements.filter((a) => a.error).map((a) => [`${a.path}/${a.backend}`, a.error as string]),
  );
  const time = async (path: BenchPath, backend: BackendName): Promise<void> => {
    const failure = threw.get(`${path.id}/${backend}`);
    if (failure !== undefined) {
      timed.push({
        path: path.id,
        backend,
        stepsPerRep: 0,
        samples: [],
        min: NaN,
        median: NaN,
        max: NaN,
        cpuMedian: NaN,
        leakedTensors: 0,
        error: `not timed: its agreement run failed (${failure})`,
      });
      return;
    }
    progress(`${workload.id}: timing ${path.id}${backend === 'none' ? '' : ` on ${backend}`}`);
    try {
      if (backend !== 'none') await freshBackend(backend);
      const before = tf.memory().numTensors;
      const runner = await path.create(setup);
      let throughput: Throughput;
      try {
        throughput = await measureThroughput(runner, workloadPlan);
      } finally {
        runner.dispose();
      }
      timed.push({ path: path.id, backend, ...throughput, leakedTensors: tf.memory().numTensors - before });
    } catch (err) {
      timed.push({
        path: path.id,
        backend,
        stepsPerRep: 0,
        samples: [],
        min: NaN,
        median: NaN,
        max: NaN,
        cpuMedian: NaN,
        leakedTensors: 0,
        error: (err as Error).message,
      });
    }
  };
  await time(referencePath, 'none');
  for (const path of paths.filter((p) => !p.usesTfjs)) await time(path, 'none');
  for (const backend of backends) {
    for (const path of paths.filter((p) => p.usesTfjs)) await time(path, backend);
  }
  const referenceMedian = timed[0].median;
  return {
    id: workload.id,
    title: workload.title,
    parameters: parameterCount(workload.network),
    agreement,
    results: timed.map((r) => ({ ...r, ratioToReference: r.median / referenceMedian })),
    paired: await pairWithReference(setup, paths, backends, timed, workloadPlan, progress),
  };
}

/**
 * Times the fast engine (on wasm when it was measured there, where W4's products run on the WASM
 * kernel, else on the first backend) and the reference in turns: the ratio the targets are about,
 * free of the drift between the table's timings.
 */
async function pairWithReference(
  setup: RunSetup,
  paths: BenchPath[],
  backends: TfjsBackend[],
  timed: Omit<PathResult, 'ratioToReference'>[],
  plan: TimingPlan,
  progress: (line: string) => void,
): Promise<PairedRatio | undefined> {
  const path = paths.find((p) => p.id === PAIRED_PATH);
  const backend = backends.includes('wasm') ? 'wasm' : backends[0];
  const ok = (id: string, b: BackendName) => timed.some((r) => r.path === id && r.backend === b && !r.error);
  if (!path || !backend || !ok(referencePath.id, 'none') || !ok(path.id, backend)) return undefined;
  progress(`${setup.workload.id}: timing ${path.id} on ${backend} and the reference in turns`);
  await freshBackend(backend);
  const subject = await path.create(setup);
  const base = await referencePath.create(setup);
  try {
    return await measurePaired(
      { label: `${path.id}/${backend}`, runner: subject },
      { label: referencePath.id, runner: base },
      plan,
      plan.reps + EXTRA_PAIRS,
    );
  } finally {
    subject.dispose();
    base.dispose();
  }
}
