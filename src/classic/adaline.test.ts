import { describe, expect, it } from 'vitest';
import { prepareClassicData } from './data';
import { criticalLearningRate } from './stability';
import { leastSquares, meanSquaredError } from './test-support';
import { ClassicRun } from './trainer';
import type { ClassicDataSpec, RuleConfig } from './types';

const BLOBS: ClassicDataSpec = {
  kind: 'blobs',
  samples: 120,
  noise: 0,
  spread: 1.2,
  factor: 0.5,
  seed: 3,
  standardize: true,
};
const FULL_BATCH: RuleConfig = {
  rule: 'adaline',
  learningRate: 0.1,
  initialWeights: 'small-random',
  order: 'fixed',
  batchSize: 0,
  seed: 5,
};

describe('Adaline rule', () => {
  it('makes the full-batch step Δw = (2η/n) Σ (y − z) x, Δb = (2η/n) Σ (y − z) with the errors taken before the step', () => {
    const data = prepareClassicData(BLOBS);
    const run = new ClassicRun(data, FULL_BATCH);
    const start = run.records[0];
    let [g1, g2, g0] = [0, 0, 0];
    for (let i = 0; i < data.n; i++) {
      const error = data.y[i] - (start.w1 * data.x[2 * i] + start.w2 * data.x[2 * i + 1] + start.b);
      g1 += error * data.x[2 * i];
      g2 += error * data.x[2 * i + 1];
      g0 += error;
    }
    run.stepEpoch();
    const k = (2 * 0.1) / data.n;
    expect(run.records[1].w1).toBeCloseTo(start.w1 + k * g1, 12);
    expect(run.records[1].w2).toBeCloseTo(start.w2 + k * g2, 12);
    expect(run.records[1].b).toBeCloseTo(start.b + k * g0, 12);
    expect(run.records[1].updates).toBe(1);
  });

  it('records per epoch the MSE and SSE of the weights it records, as a direct recomputation gives', () => {
    const data = prepareClassicData(BLOBS);
    for (const batchSize of [0, 1, 16]) {
      const run = new ClassicRun(data, { ...FULL_BATCH, batchSize, order: 'shuffled', learningRate: 0.01 });
      for (let e = 0; e < 12; e++) run.stepEpoch();
      for (const record of run.records) {
        const mse = meanSquaredError(data, record.w1, record.w2, record.b);
        expect(record.mse).toBeCloseTo(mse, 12);
        expect(record.sse).toBeCloseTo(mse * data.n, 9);
        let wrong = 0;
        for (let i = 0; i < data.n; i++)
          if ((record.w1 * data.x[2 * i] + record.w2 * data.x[2 * i + 1] + record.b >= 0.5 ? 1 : 0) !== data.y[i])
            wrong++;
        expect(record.misclassified).toBe(wrong);
      }
      expect(run.records[12].updates).toBe(batchSize === 0 ? 1 : Math.ceil(data.n / batchSize));
    }
  });

  it('approaches the least-squares weights of the normal equations as the epochs grow', () => {
    const data = prepareClassicData(BLOBS);
    const target = leastSquares(data);
    const distance = (run: ClassicRun) =>
      Math.hypot(run.latest.w1 - target.w1, run.latest.w2 - target.w2, run.latest.b - target.b);
    const run = new ClassicRun(data, FULL_BATCH);
    const gaps: number[] = [];
    for (let e = 1; e <= 400; e++) {
      run.stepEpoch();
      if (e % 100 === 0) gaps.push(distance(run));
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1]);
    expect(gaps[gaps.length - 1]).toBeLessThan(1e-8);
    expect(run.status).toBe('learning');
    expect(run.latest.mse).toBeCloseTo(meanSquaredError(data, target.w1, target.w2, target.b), 12);

    // Stochastic updates hover near the same solution, within the noise a fixed η leaves.
    const sgd = new ClassicRun(data, { ...FULL_BATCH, batchSize: 1, learningRate: 0.001, order: 'shuffled' });
    for (let e = 0; e < 200; e++) sgd.stepEpoch();
    expect(distance(sgd)).toBeLessThan(0.05);
  });

  it('converges just below the critical learning rate and diverges just above it, and says so', () => {
    const data = prepareClassicData({ ...BLOBS, standardize: false });
    const critical = criticalLearningRate(data);
    const below = new ClassicRun(data, { ...FULL_BATCH, learningRate: 0.95 * critical });
    for (let e = 0; e < 3000 && below.status === 'learning'; e++) below.stepEpoch();
    expect(below.status).toBe('learning');
    const target = leastSquares(data);
    expect(below.latest.mse).toBeCloseTo(meanSquaredError(data, target.w1, target.w2, target.b), 6);

    const above = new ClassicRun(data, { ...FULL_BATCH, learningRate: 1.05 * critical });
    for (let e = 0; e < 3000 && above.status === 'learning'; e++) above.stepEpoch();
    expect(above.status).toBe('diverged');
    const report = above.divergence;
    expect(report?.epoch).toBe(above.epoch);
    expect(report?.cost).toBeGreaterThan(report?.startCost ?? Infinity);
    expect(report?.criticalLearningRate).toBeCloseTo(critical, 9);
    expect(report?.message).toMatch(
      /^Adaline diverged at epoch \d+: the cost \(MSE\) rose from .+ to .+\. The learning rate η = .+ is too large/,
    );
    expect(report?.message).toContain('Lower the learning rate');
    // A diverged run refuses further steps rather than filling the records with overflow.
    const epochs = above.epoch;
    above.stepEpoch();
    expect(above.epoch).toBe(epochs);
  });

  it("shows the notebook's comparison: a rate too large diverges, one 100 times smaller lowers the cost every epoch but slowly", () => {
    const data = prepareClassicData({ ...BLOBS, standardize: false, spread: 1 });
    const critical = criticalLearningRate(data);
    const fast = new ClassicRun(data, { ...FULL_BATCH, learningRate: 1.5 * critical });
    const slow = new ClassicRun(data, { ...FULL_BATCH, learningRate: critical / 100 });
    for (let e = 0; e < 15; e++) {
      fast.stepEpoch();
      slow.stepEpoch();
    }
    expect(fast.status).toBe('diverged');
    expect(slow.status).toBe('learning');
    for (let e = 1; e < slow.records.length; e++)
      expect(slow.records[e].mse).toBeLessThan(slow.records[e - 1].mse ?? 0);
    const target = leastSquares(data);
    expect(slow.latest.mse).toBeGreaterThan(1.5 * meanSquaredError(data, target.w1, target.w2, target.b));
  });

  it('reports a cost that overflows to infinity as divergence, naming the overflow', () => {
    const data = prepareClassicData({ ...BLOBS, standardize: false });
    const run = new ClassicRun(data, { ...FULL_BATCH, learningRate: 1000, batchSize: 1 });
    for (let e = 0; e < 100 && run.status === 'learning'; e++) run.stepEpoch();
    expect(run.status).toBe('diverged');
    expect(run.divergence?.message).toMatch(/diverged at epoch/);
  });
});
