import type * as tf from '@tensorflow/tfjs';
import { LOSS_READ_EVERY } from './types';

/**
 * Drives a tfjs training step over the batches in order, the way the app's trainer does: the
 * loss tensor of every LOSS_READ_EVERY-th step is read back asynchronously (never awaited inside
 * the loop, never a setTimeout per step) and all others are disposed at once. Each call ends with
 * a sync on `syncTensor` and on the pending reads, so asynchronous backend work is timed too.
 */
export function createStepLoop(
  n: number,
  batchSize: number,
  step: (row: number, rows: number) => tf.Scalar,
  syncTensor: () => tf.Tensor,
): (steps: number) => Promise<number> {
  const perEpoch = Math.ceil(n / batchSize);
  let stepCount = 0;
  let lastLoss = NaN;
  return async (steps) => {
    const pending: Promise<void>[] = [];
    for (let s = 0; s < steps; s++) {
      const row = (stepCount % perEpoch) * batchSize;
      const loss = step(row, Math.min(batchSize, n - row));
      stepCount++;
      if (stepCount % LOSS_READ_EVERY === 0) {
        pending.push(
          loss.data().then((v) => {
            lastLoss = v[0];
            loss.dispose();
          }),
        );
      } else {
        loss.dispose();
      }
    }
    await Promise.all(pending);
    await syncTensor().data();
    if (!Number.isFinite(lastLoss) && stepCount >= LOSS_READ_EVERY)
      throw new Error(`Training loss became ${lastLoss}.`);
    return steps;
  };
}
