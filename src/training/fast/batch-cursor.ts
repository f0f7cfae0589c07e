/**
 * The batch order of a BatchSchedule walked without allocating: the same batches in the same order
 * as BatchSchedule.next(), but the position lives in plain fields that a step reads, so the hot
 * loop creates no Batch object per step.
 */
import type { BatchSchedule, ScheduleState } from '../batches';

/** Where the next batch comes from; `advance()` moves to it and fills start, size and order. */
export class BatchCursor {
  private epochDone = 0;
  private indexDone = 0;
  /**
   * The current batch (after advance()): rows order[start .. start + size) of epoch `epoch` (order stays empty for a
   * full batch, which is every row in stored order).
   */
  epoch = 0;
  start = 0;
  size = 0;
  order: Int32Array = new Int32Array(0);

  constructor(readonly schedule: BatchSchedule) {}

  /** Whether every batch is the whole training set in stored order (no gather needed). */
  get isFullBatch(): boolean {
    return this.schedule.isFullBatch;
  }

  /** Position as BatchSchedule.state reports it: epochs completed, batches done in the current one. */
  get state(): ScheduleState {
    return { epoch: this.epochDone, batchIndex: this.indexDone };
  }

  /** Moves to a position previously read from `state` (or a BatchSchedule's). */
  restore(state: ScheduleState): void {
    this.epochDone = state.epoch;
    this.indexDone = state.batchIndex;
  }

  /** Batches left before the current epoch ends. */
  get batchesLeftInEpoch(): number {
    return this.schedule.batchesPerEpoch - this.indexDone;
  }

  /** Takes the next batch (the last of an epoch may be smaller) and moves the position past it. */
  advance(): void {
    const { batchSize, sampleCount, batchesPerEpoch } = this.schedule;
    this.epoch = this.epochDone;
    this.start = this.indexDone * batchSize;
    this.size = Math.min(batchSize, sampleCount - this.start);
    // A full batch is the identity in stored order: no permutation to build (BatchSchedule would make a new one every
    // epoch, i.e. every step).
    if (!this.schedule.isFullBatch) this.order = this.schedule.orderOf(this.epochDone);
    this.indexDone++;
    if (this.indexDone === batchesPerEpoch) {
      this.indexDone = 0;
      this.epochDone++;
    }
  }
}
