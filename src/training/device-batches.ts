/**
 * The tfjs engine's batches on the device: the rows of a batch gathered from the training split by
 * the epoch's shuffled order, which is uploaded once per epoch and kept until the next one.
 */
import * as tf from './tf';
import type { Batch } from './batches';
import type { DeviceSplit } from './metrics';

/** Gathers batches of one training split; call forget() to free the kept order, e.g. on reset. */
export class DeviceBatches {
  private epochOrder: { epoch: number; tensor: tf.Tensor1D } | null = null;

  constructor(private readonly train: DeviceSplit) {}

  /** The batch's inputs and targets (the whole split for a full batch); call inside a tidy, the results are temporaries. */
  tensorsOf(batch: Batch, fullBatch: boolean): { x: tf.Tensor; targets: tf.Tensor } {
    if (fullBatch) return { x: this.train.x, targets: this.train.targets };
    if (this.epochOrder?.epoch !== batch.epoch) {
      this.epochOrder?.tensor.dispose();
      // Kept: created inside the step's tidy but reused by every batch of the epoch.
      this.epochOrder = { epoch: batch.epoch, tensor: tf.keep(tf.tensor1d(batch.order, 'int32')) };
    }
    const rows = tf.slice(this.epochOrder.tensor, [batch.start], [batch.size]);
    return { x: tf.gather(this.train.x, rows), targets: tf.gather(this.train.targets, rows) };
  }

  /** Frees the kept epoch order (a later batch uploads its own). */
  forget(): void {
    this.epochOrder?.tensor.dispose();
    this.epochOrder = null;
  }
}
