/** The order in which training samples are visited: a fresh seeded shuffle every epoch, cut into mini-batches. */
import { createRng } from '../data/rng';
import { epochSeed } from './seeds';

/** One mini-batch: rows order[start .. start + size) of this epoch's permutation. */
export interface Batch {
  epoch: number;
  index: number;
  start: number;
  size: number;
  /** The epoch's permutation of 0..n−1 (identity for full batch). */
  order: Int32Array;
  /** Whether this batch is the last of its epoch. */
  endsEpoch: boolean;
}

/** Where a schedule stands; restoring it replays the same batches. */
export interface ScheduleState {
  epoch: number;
  batchIndex: number;
}

/**
 * Mini-batch schedule over n samples. batchSize 0 (or ≥ n) means full batch. Each epoch's order
 * depends only on (seed, epoch), so any point can be restored exactly without replaying the RNG.
 */
export class BatchSchedule {
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  private epoch = 0;
  private batchIndex = 0;
  private order: Int32Array | null = null;
  private orderEpoch = -1;

  constructor(
    readonly sampleCount: number,
    batchSize: number,
    private readonly seed: number,
  ) {
    if (!(sampleCount > 0))
      throw new RangeError('There are no training samples. Lower the validation split or add data.');
    if (!(Number.isInteger(batchSize) && batchSize >= 0)) {
      throw new RangeError(`Batch size ${String(batchSize)} must be a whole number ≥ 0 (0 means the full batch).`);
    }
    this.batchSize = batchSize === 0 || batchSize >= sampleCount ? sampleCount : batchSize;
    this.batchesPerEpoch = Math.ceil(sampleCount / this.batchSize);
  }

  /** Whether every batch is the whole training set in its original order. */
  get isFullBatch(): boolean {
    return this.batchSize === this.sampleCount;
  }

  /** The schedule's position (epochs completed, batches done in the current epoch). */
  get state(): ScheduleState {
    return { epoch: this.epoch, batchIndex: this.batchIndex };
  }

  /** Moves to a position previously read from `state`. */
  restore(state: ScheduleState): void {
    this.epoch = state.epoch;
    this.batchIndex = state.batchIndex;
  }

  /** Batches left before the current epoch ends. */
  get batchesLeftInEpoch(): number {
    return this.batchesPerEpoch - this.batchIndex;
  }

  /** The permutation of epoch `epoch`: identity for full batch, else a Fisher–Yates shuffle seeded by (seed, epoch). */
  orderOf(epoch: number): Int32Array {
    if (this.order && this.orderEpoch === epoch) return this.order;
    const order = Int32Array.from({ length: this.sampleCount }, (_, i) => i);
    if (!this.isFullBatch) createRng(epochSeed(this.seed, epoch)).shuffle(order);
    this.order = order;
    this.orderEpoch = epoch;
    return order;
  }

  /** The next batch; advances the position (the last batch of an epoch may be smaller). */
  next(): Batch {
    const start = this.batchIndex * this.batchSize;
    const batch: Batch = {
      epoch: this.epoch,
      index: this.batchIndex,
      start,
      size: Math.min(this.batchSize, this.sampleCount - start),
      order: this.orderOf(this.epoch),
      endsEpoch: this.batchIndex === this.batchesPerEpoch - 1,
    };
    this.batchIndex++;
    if (this.batchIndex === this.batchesPerEpoch) {
      this.batchIndex = 0;
      this.epoch++;
    }
    return batch;
  }
}
