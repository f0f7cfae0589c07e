/**
 * One training step of the fast engine and what it records: gather the batch, forward, loss and
 * penalty, backward, the health check of the loss and every gradient, the statistics of a sampled
 * step, and the optimizer's update. Every buffer is allocated in the constructor.
 */
import type { StepDiagnosis } from '../divergence';
import type { StatsPlan } from '../stats';
import type { BatchCursor } from './batch-cursor';
import type { HostSplit } from './inference';
import { headLoss } from './loss';
import type { FastNetwork } from './network';
import type { NodeBuffers } from './ops';
import type { FastOptimizer } from './optimizer';
import { writeStats } from './stats';

/** A step whose loss or a gradient was non-finite: [loss bad, gradient i bad …] in parameter order, and its batch size. */
export interface BadStep {
  mask: boolean[];
  rows: number;
}

/** Whether a float64 value is still finite once rounded to float32 (as the tfjs path holds it). */
function finite32(value: number): boolean {
  return Number.isFinite(Math.fround(value));
}

/**
 * Σ values in four running sums: one chain of dependent additions waits on each add's latency, four
 * interleaved ones do not (≈ 3× faster on 100 k values). Only whether the sum is finite in float32
 * is used; the order of the additions changes the sum by rounding only (float64 cannot overflow here).
 */
function total(values: Float32Array): number {
  const n = values.length;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += values[i];
    s1 += values[i + 1];
    s2 += values[i + 2];
    s3 += values[i + 3];
  }
  for (; i < n; i++) s0 += values[i];
  return s0 + s1 + s2 + s3;
}

function anyNonFinite(values: Float32Array, count: number): boolean {
  for (let i = 0; i < count; i++) if (!Number.isFinite(values[i])) return true;
  return false;
}

/** Runs steps over one schedule's batches and keeps the running loss since the last check. */
export class FastStep {
  private readonly batchX: Float32Array;
  private readonly batchTargets: Float32Array;
  private readonly values: Float32Array[];
  private readonly grads: Float32Array[];
  private readonly nodes: Map<string, NodeBuffers>;
  private lossSum = 0;
  private lossSteps = 0;
  private lastRows = 0;
  private readonly sums: Float64Array;

  /** `stats` receives the statistics of sampled steps (statsLength(plan) values). */
  constructor(
    private readonly network: FastNetwork,
    private readonly train: HostSplit,
    private readonly cursor: BatchCursor,
    readonly stats: Float32Array,
  ) {
    const rows = cursor.isFullBatch ? 0 : cursor.schedule.batchSize;
    this.batchX = new Float32Array(rows * network.structure.inputWidth);
    this.batchTargets = new Float32Array(rows * network.prediction.width);
    this.values = network.parameters.map((p) => p.values);
    this.grads = network.parameters.map((p) => p.grad);
    this.nodes = new Map(network.nodes.map((n) => [n.id, n]));
    this.sums = new Float64Array(this.grads.length);
  }

  /** Carries over the loss recorded since the last check from the step machinery this one replaces. */
  continueFrom(previous: FastStep): void {
    this.lossSum = previous.lossSum;
    this.lossSteps = previous.lossSteps;
  }

  /** Mean loss (with penalty) of the steps since the last call; null when none ran. */
  takeMeanLoss(): number | null {
    const steps = this.lossSteps;
    const sum = this.lossSum;
    this.lossSum = 0;
    this.lossSteps = 0;
    return steps === 0 ? null : sum / steps;
  }

  /** The L1/L2 penalty at the current weights. */
  penalty(): number {
    return this.network.penalty();
  }

  /** Copies the rows of the cursor's batch, in its shuffled order, into the batch buffers. */
  private gather(rows: number): void {
    const { order, start } = this.cursor;
    const inputs = this.network.structure.inputWidth;
    const outputs = this.network.prediction.width;
    const { x, targets } = this.train;
    const { batchX, batchTargets } = this;
    for (let r = 0; r < rows; r++) {
      const row = order[start + r];
      // A row view per copy: set() is a memcpy, ~10× an element loop on MNIST-wide rows; the views die young.
      batchX.set(x.subarray(row * inputs, (row + 1) * inputs), r * inputs);
      for (let c = 0; c < outputs; c++) batchTargets[r * outputs + c] = targets[row * outputs + c];
    }
  }

  /** Forward (all nodes or the loss path), loss with penalty and its gradient into every parameter. */
  private lossAndGradients(targets: Float32Array, rows: number, all: boolean): number {
    const { network } = this;
    network.forward(rows, all);
    const head = network.head;
    const loss = headLoss(network.lossKind, head.out, targets, rows, head.width, head.grad) + network.penalty();
    network.backward(rows);
    return loss;
  }

  private health(loss: number): BadStep | null {
    let bad = !finite32(loss);
    const sums = this.sums;
    for (let p = 0; p < this.grads.length; p++) {
      const sum = total(this.grads[p]);
      sums[p] = sum;
      if (!finite32(sum)) bad = true;
    }
    return bad ? { mask: [!finite32(loss), ...Array.from(sums, (s) => !finite32(s))], rows: this.lastRows } : null;
  }

  /**
   * One step on the cursor's next batch: returns the bad step, without applying it, when the loss
   * or a gradient is non-finite; otherwise records the loss, writes the statistics when `plan` is
   * given (weights before the update, as the tfjs path) and applies the optimizer.
   */
  run(optimizer: FastOptimizer, plan: StatsPlan | null): BadStep | null {
    const cursor = this.cursor;
    cursor.advance();
    const rows = cursor.size;
    this.lastRows = rows;
    let targets = this.train.targets;
    if (cursor.isFullBatch) {
      this.network.setInput(this.train.x);
    } else {
      this.gather(rows);
      this.network.setInput(this.batchX);
      targets = this.batchTargets;
    }
    const loss = this.lossAndGradients(targets, rows, plan !== null);
    const bad = this.health(loss);
    if (bad) return bad;
    if (plan) writeStats(plan, this.network.parameters, this.nodes, rows, this.stats);
    optimizer.apply(this.values, this.grads);
    this.network.weightsChanged();
    this.lossSum += loss;
    this.lossSteps++;
    return null;
  }

  /** Statistics of a forward and backward pass over the first `rows` rows at the current weights, nothing applied. */
  sample(x: Float32Array, targets: Float32Array, rows: number, plan: StatsPlan): void {
    this.network.setInput(x);
    this.lossAndGradients(targets, rows, true);
    writeStats(plan, this.network.parameters, this.nodes, rows, this.stats);
  }

  /**
   * Where the bad step (still in the buffers) went non-finite: the first of `nodeIds` (input →
   * output) whose output held NaN/±Infinity, else the first with a non-finite weight gradient.
   */
  diagnose(nodeIds: string[], bad: BadStep): StepDiagnosis {
    this.network.forward(bad.rows, true);
    const outputNodeId = nodeIds.find((id) => {
      const node = this.nodes.get(id);
      return node !== undefined && anyNonFinite(node.out, bad.rows * node.width);
    });
    const gradientNodeId = nodeIds.find((id) =>
      this.network.parameters.some((p) => p.nodeId === id && anyNonFinite(p.grad, p.grad.length)),
    );
    return { lossFinite: !bad.mask[0], outputNodeId: outputNodeId ?? null, gradientNodeId: gradientNodeId ?? null };
  }
}
