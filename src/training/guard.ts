/**
 * The divergence guard: a few fused tensor ops per step record, on the device, whether the loss or
 * any gradient went non-finite and at which step it first did; the host reads that back once per
 * check (every K steps), never per step. Snapshots taken at each clean check (snapshot.ts) let the
 * trainer roll back, so a non-finite loss is never trained through.
 */
import * as tf from './tf';

/** What a check found since the previous one. */
export interface GuardReading {
  /** Steps recorded since the previous check. */
  steps: number;
  /** Mean training loss (with penalty) over those steps; NaN when a step was non-finite. */
  meanLoss: number;
  /** 0-based offset, among those steps, of the first non-finite one; null when all were finite. */
  firstBadOffset: number | null;
  /** For that step: [loss non-finite, gradient i non-finite ...] in trainable-weight order. */
  badMask: boolean[];
}

/** Device-side record of the health of the steps since the last check. */
export class DivergenceGuard {
  private noneBadYet!: tf.Tensor;
  private stepsBeforeBad!: tf.Tensor;
  private firstBadMask!: tf.Tensor;
  private lossSum!: tf.Tensor;
  private recorded = 0;

  /** `gradientCount` is the number of trainable weights whose gradients each step reports. */
  constructor(private readonly gradientCount: number) {
    this.clear();
  }

  private clear(): void {
    this.noneBadYet = tf.scalar(1);
    this.stepsBeforeBad = tf.scalar(0);
    this.firstBadMask = tf.zeros([this.gradientCount + 1]);
    this.lossSum = tf.scalar(0);
    this.recorded = 0;
  }

  private disposeState(): void {
    tf.dispose([this.noneBadYet, this.stepsBeforeBad, this.firstBadMask, this.lossSum]);
  }

  /**
   * Records one step's loss and gradients. A gradient counts as non-finite when its sum is (any NaN
   * or ±Inf entry makes the sum so; so does a sum beyond float32's 3.4e38, which is as good as divergent).
   * The record is kept as 0/1 floats updated by arithmetic, which every backend computes alike
   * (tfjs-wasm 4.22 corrupts memory on a `where` over booleans).
   */
  record(loss: tf.Scalar, gradients: tf.Tensor[]): void {
    const next = tf.tidy(() => {
      const health = tf.stack([loss, ...gradients.map((g) => tf.sum(g))]);
      const bad = tf.cast(tf.logicalNot(tf.isFinite(health)), 'float32');
      const anyBad = tf.max(bad);
      const isFirst = tf.mul(this.noneBadYet, anyBad);
      const noneBadYet = tf.mul(this.noneBadYet, tf.sub(1, anyBad));
      return {
        noneBadYet,
        stepsBeforeBad: tf.add(this.stepsBeforeBad, noneBadYet),
        firstBadMask: tf.add(this.firstBadMask, tf.mul(isFirst, bad)),
        lossSum: tf.add(this.lossSum, loss),
      };
    });
    this.disposeState();
    // Kept: record() runs inside the step's tidy, which would otherwise free the new state.
    this.noneBadYet = tf.keep(next.noneBadYet);
    this.stepsBeforeBad = tf.keep(next.stepsBeforeBad);
    this.firstBadMask = tf.keep(next.firstBadMask);
    this.lossSum = tf.keep(next.lossSum);
    this.recorded++;
  }

  /** Reads the record back (one small asynchronous readback) and starts a new one. */
  async read(): Promise<GuardReading> {
    const packed = tf.tidy(() =>
      tf.concat([tf.stack([this.noneBadYet, this.stepsBeforeBad, this.lossSum]), this.firstBadMask]),
    );
    const steps = this.recorded;
    this.disposeState();
    this.clear();
    const values = await packed.data();
    packed.dispose();
    const clean = values[0] === 1;
    return {
      steps,
      meanLoss: steps > 0 ? values[2] / steps : NaN,
      firstBadOffset: clean ? null : values[1],
      badMask: Array.from(values.subarray(3), (v) => v === 1),
    };
  }

  /** Frees the device-side record. */
  dispose(): void {
    this.disposeState();
  }
}
