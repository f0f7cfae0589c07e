import * as tf from '@tensorflow/tfjs';
import { measureThroughput, type Throughput, type TimingPlan } from './measure';
import { initialWeights } from './network';
import { referencePath } from './paths';
import type { BackendName, BenchPath, RunSetup, TrainingRunner } from './paths/types';
import { useBackend, type TfjsBackend } from './tfjs-backends';
import type { Workload } from './workloads';

/** Relative loss difference from the reference above which a tfjs path counts as computing something else. */
export const AGREEMENT_TOLERANCE = 1e-3;

/** One path's loss after the agreement run next to the reference's. */
export interface Agreement {
  path: string;
  backend: TfjsBackend;
  loss: number;
  relativeDifference: number;
  ok: boolean;
}

/** Throughput of one path on one backend ('none' for the reference), with its ratio to the reference median. */
export interface PathResult extends Throughput {
  path: string;
  backend: BackendName;
  ratioToReference: number;
  /** Tensors still allocated after the runner was disposed (should be 0). */
  leakedTensors: number;
}

/** Everything measured for one workload. */
export interface WorkloadResult {
  id: string;
  title: string;
  agreementSteps: number;
  referenceInitialLoss: number;
  referenceLoss: number;
  agreements: Agreement[];
  results: PathResult[];
}

async function withRunner<T>(path: BenchPath, setup: RunSetup, use: (runner: TrainingRunner) => Promise<T>): Promise<T> {
  const runner = await path.create(setup);
  try {
    return await use(runner);
  } finally {
    runner.dispose();
  }
}

/** Trains `steps` steps from the shared start and returns the path's own full-data loss. */
async function lossAfter(path: BenchPath, setup: RunSetup, steps: number): Promise<number> {
  return withRunner(path, setup, async (runner) => {
    const done = await runner.train(steps);
    if (done !== steps) throw new Error(`Path '${path.id}' ran ${done} steps for an agreement run of ${steps}; give the workload whole epochs.`);
    return runner.evaluateLoss();
  });
}

/**
 * Runs one workload: first the correctness check (every tfjs path on every backend trains
 * agreementSteps steps from the same weights as the reference and must land within
 * AGREEMENT_TOLERANCE of its loss), then the timings of the reference and of each path × backend.
 */
export async function runWorkload(
  workload: Workload, paths: BenchPath[], backends: TfjsBackend[], plan: TimingPlan,
  progress: (line: string) => void,
): Promise<WorkloadResult> {
  const data = workload.makeData();
  const setup: RunSetup = { workload, data, weights: initialWeights(workload.network, 7) };
  const [initialLoss, referenceLoss] = await withRunner(referencePath, setup, async (runner) => {
    const start = await runner.evaluateLoss();
    await runner.train(workload.agreementSteps);
    return [start, await runner.evaluateLoss()];
  });
  const agreements: Agreement[] = [];
  for (const backend of backends) {
    await useBackend(backend);
    for (const path of paths) {
      const loss = await lossAfter(path, setup, workload.agreementSteps);
      const relativeDifference = Math.abs(loss - referenceLoss) / Math.abs(referenceLoss);
      agreements.push({ path: path.id, backend, loss, relativeDifference, ok: relativeDifference <= AGREEMENT_TOLERANCE });
    }
  }
  const timed: Omit<PathResult, 'ratioToReference'>[] = [];
  const time = async (path: BenchPath, backend: BackendName): Promise<void> => {
    progress(`${workload.id}: timing ${path.id}${backend === 'none' ? '' : ` on ${backend}`}`);
    const before = tf.memory().numTensors;
    const throughput = await withRunner(path, setup, (runner) => measureThroughput(runner, plan));
    timed.push({ path: path.id, backend, ...throughput, leakedTensors: tf.memory().numTensors - before });
  };
  await time(referencePath, 'none');
  for (const backend of backends) {
    await useBackend(backend);
    for (const path of paths) await time(path, backend);
  }
  const referenceMedian = timed[0].median;
  return {
    id: workload.id,
    title: workload.title,
    agreementSteps: workload.agreementSteps,
    referenceInitialLoss: initialLoss,
    referenceLoss,
    agreements,
    results: timed.map((r) => ({ ...r, ratioToReference: r.median / referenceMedian })),
  };
}
