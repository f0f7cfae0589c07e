import type { BenchPath, RunSetup } from './paths/types';
import { ReferenceMlp } from './reference-mlp';
import type { BackendName } from './paths/types';
import { freshBackend, type TfjsBackend } from './tfjs-backends';

/** Relative loss difference from the reference above which a tfjs path counts as computing something else. */
export const AGREEMENT_TOLERANCE = 1e-3;

/** One path's loss after the agreement run next to the reference's along the same batches. */
export interface Agreement {
  path: string;
  /** 'none' for a plain-JavaScript path, run once. */
  backend: BackendName;
  loss: number;
  referenceLoss: number;
  relativeDifference: number;
  ok: boolean;
  /** Whether the reference replayed the path's own shuffled batch order. */
  shuffled: boolean;
  /** Why the path could not be run, when it threw. */
  error?: string;
}

/** The outcome of the correctness check of one workload. */
export interface AgreementCheck {
  steps: number;
  /** Reference loss over the whole training set before training and after `steps` steps in stored order. */
  initialLoss: number;
  finalLoss: number;
  agreements: Agreement[];
}

function permuteRows(source: Float32Array, width: number, order: Int32Array): Float32Array {
  const target = new Float32Array(order.length * width);
  for (let i = 0; i < order.length; i++)
    target.set(source.subarray(order[i] * width, (order[i] + 1) * width), i * width);
  return target;
}

/**
 * Trains the reference for `steps` SGD steps from the shared start, visiting each epoch's rows in
 * `order(epoch)` (stored order when null), and returns its mean loss over the whole training set.
 */
export function referenceLossAlong(
  setup: RunSetup,
  steps: number,
  order: ((epoch: number) => Int32Array) | null,
): number {
  const { workload, data, weights } = setup;
  const mlp = new ReferenceMlp(workload.network, weights, workload.batchSize, workload.learningRate);
  const perEpoch = Math.ceil(data.n / workload.batchSize);
  let x = data.x;
  let y = data.y;
  for (let s = 0; s < steps; s++) {
    const batch = s % perEpoch;
    if (order && batch === 0) {
      const rows = order(Math.floor(s / perEpoch));
      x = permuteRows(data.x, data.inputWidth, rows);
      y = permuteRows(data.y, data.outputWidth, rows);
    }
    const row = batch * workload.batchSize;
    mlp.step(x, y, row, Math.min(workload.batchSize, data.n - row));
  }
  return mlp.datasetLoss(data.x, data.y, data.n);
}

async function trainedLoss(path: BenchPath, setup: RunSetup, steps: number): Promise<number> {
  const runner = await path.create(setup);
  try {
    const done = await runner.train(steps);
    if (done !== steps)
      throw new Error(
        `Path '${path.id}' ran ${done} steps for an agreement run of ${steps}; give the workload whole epochs.`,
      );
    return await runner.evaluateLoss();
  } finally {
    runner.dispose();
  }
}

/**
 * Trains every tfjs path on every backend (each run on a fresh backend instance), and every
 * plain-JavaScript path once, for the workload's
 * agreementSteps from the same starting weights as the reference and compares the full-data
 * losses: a relative difference above AGREEMENT_TOLERANCE means the path does not train the
 * network the reference trains. A path that throws is recorded with its message; the others run.
 */
export async function checkAgreement(
  setup: RunSetup,
  paths: BenchPath[],
  backends: TfjsBackend[],
): Promise<AgreementCheck> {
  const steps = setup.workload.agreementSteps;
  const initialLoss = referenceLossAlong(setup, 0, null);
  const finalLoss = referenceLossAlong(setup, steps, null);
  const replayed = new Map<string, number>();
  const agreements: Agreement[] = [];
  const runs: [BenchPath, BackendName][] = [
    ...paths.filter((p) => !p.usesTfjs).map((p): [BenchPath, BackendName] => [p, 'none']),
    ...backends.flatMap((backend) =>
      paths.filter((p) => p.usesTfjs).map((p): [BenchPath, BackendName] => [p, backend]),
    ),
  ];
  for (const [path, backend] of runs) {
    if (path.epochOrder && !replayed.has(path.id))
      replayed.set(path.id, referenceLossAlong(setup, steps, path.epochOrder(setup)));
    const referenceLoss = replayed.get(path.id) ?? finalLoss;
    const shuffled = path.epochOrder !== undefined;
    try {
      if (backend !== 'none') await freshBackend(backend);
      const loss = await trainedLoss(path, setup, steps);
      const relativeDifference = Math.abs(loss - referenceLoss) / Math.abs(referenceLoss);
      agreements.push({
        path: path.id,
        backend,
        loss,
        referenceLoss,
        relativeDifference,
        ok: relativeDifference <= AGREEMENT_TOLERANCE,
        shuffled,
      });
    } catch (err) {
      agreements.push({
        path: path.id,
        backend,
        loss: NaN,
        referenceLoss,
        relativeDifference: NaN,
        ok: false,
        shuffled,
        error: (err as Error).message,
      });
    }
  }
  return { steps, initialLoss, finalLoss, agreements };
}
