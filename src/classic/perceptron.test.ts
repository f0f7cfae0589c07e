import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClassicRun } from './trainer';
import { dataOf } from './test-support';
import type { RuleConfig } from './types';

const ZERO_START: RuleConfig = {
  rule: 'perceptron',
  learningRate: 0.5,
  initialWeights: 'zeros',
  order: 'fixed',
  batchSize: 0,
  seed: 1,
};

describe('perceptron rule', () => {
  it('follows a hand-worked trace on three samples', () => {
    // A = (1, 2) → 1, B = (2, −1) → 0, C = (−1, −1) → 0; w = (0, 0), b = 0, η = 0.5, ŷ = 1 when z ≥ 0.
    const run = new ClassicRun(
      dataOf([
        [1, 2, 1],
        [2, -1, 0],
        [-1, -1, 0],
      ]),
      ZERO_START,
    );
    expect(run.records[0]).toMatchObject({ epoch: 0, w1: 0, w2: 0, b: 0, misclassified: 2, updates: 0, mse: null });

    // A: z = 0, ŷ = 1 = y, so nothing changes.
    run.stepUpdate();
    expect(run.lastUpdate).toEqual({
      rule: 'perceptron',
      sample: 0,
      x: [1, 2],
      y: 1,
      z: 0,
      yHat: 1,
      dw: [0, 0],
      db: 0,
    });
    // B: z = 0, ŷ = 1 ≠ 0: Δw = 0.5·(0 − 1)·(2, −1) = (−1, 0.5), Δb = −0.5.
    run.stepUpdate();
    expect(run.lastUpdate).toEqual({
      rule: 'perceptron',
      sample: 1,
      x: [2, -1],
      y: 0,
      z: 0,
      yHat: 1,
      dw: [-1, 0.5],
      db: -0.5,
    });
    expect(run.neuron).toEqual({ w: [-1, 0.5], b: -0.5 });
    // C: z = 1 − 0.5 − 0.5 = 0, ŷ = 1 ≠ 0: Δw = −0.5·(−1, −1) = (0.5, 0.5), Δb = −0.5.
    run.stepUpdate();
    expect(run.lastUpdate).toMatchObject({ sample: 2, z: 0, yHat: 1, dw: [0.5, 0.5], db: -0.5 });
    // w = (−0.5, 1), b = −1: z(A) = 0.5, z(B) = −3, z(C) = −1.5, all on their side.
    expect(run.records[1]).toEqual({
      epoch: 1,
      w1: -0.5,
      w2: 1,
      b: -1,
      misclassified: 0,
      updates: 2,
      mse: null,
      sse: null,
    });
    expect(run.status).toBe('converged');
    run.stepEpoch();
    expect(run.epoch).toBe(1);
  });

  it('visits the samples in a seeded shuffle that differs between epochs and repeats for the same seed', () => {
    const rows = Array.from({ length: 12 }, (_, i): [number, number, number] => [i, -i, i % 2]);
    const visits = (seed: number) => {
      const run = new ClassicRun(dataOf(rows), { ...ZERO_START, order: 'shuffled', learningRate: 1e-9, seed });
      const seen: number[] = [];
      for (let k = 0; k < 24; k++) {
        run.stepUpdate();
        seen.push(run.lastUpdate?.rule === 'perceptron' ? run.lastUpdate.sample : -1);
      }
      return seen;
    };
    const first = visits(7);
    expect(first.slice(0, 12).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
    expect(first.slice(0, 12)).not.toEqual(first.slice(12));
    expect(visits(7)).toEqual(first);
    expect(visits(8)).not.toEqual(first);
  });

  it('counts the epoch updates and the misclassifications after the epoch separately', () => {
    const run = new ClassicRun(
      dataOf([
        [1, 1, 1],
        [-1, -1, 0],
        [2, 0.5, 1],
        [-0.5, -2, 0],
      ]),
      { ...ZERO_START, learningRate: 1 },
    );
    run.stepEpoch();
    let updates = 0;
    const replay = { w: [0, 0], b: 0 };
    for (const [x1, x2, y] of [
      [1, 1, 1],
      [-1, -1, 0],
      [2, 0.5, 1],
      [-0.5, -2, 0],
    ]) {
      const yHat = replay.w[0] * x1 + replay.w[1] * x2 + replay.b >= 0 ? 1 : 0;
      if (yHat !== y) {
        updates++;
        replay.w = [replay.w[0] + (y - yHat) * x1, replay.w[1] + (y - yHat) * x2];
        replay.b += y - yHat;
      }
    }
    expect(run.records[1]).toMatchObject({ updates, w1: replay.w[0], w2: replay.w[1], b: replay.b });
  });

  it('reaches zero errors on any linearly separable set, and its line then separates the classes', () => {
    const point = fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));
    const problem = fc.record({
      angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      offset: fc.double({ min: -2, max: 2, noNaN: true }),
      points: fc.array(point, { minLength: 2, maxLength: 60 }),
      learningRate: fc.double({ min: 0.001, max: 2, noNaN: true }),
      order: fc.constantFrom<'fixed' | 'shuffled'>('fixed', 'shuffled'),
      initialWeights: fc.constantFrom<'zeros' | 'small-random'>('zeros', 'small-random'),
      seed: fc.nat(1000),
    });
    fc.assert(
      fc.property(problem, ({ angle, offset, points, learningRate, order, initialWeights, seed }) => {
        const [u1, u2] = [Math.cos(angle), Math.sin(angle)];
        // Keep a margin of 0.3 around the true line, which bounds the number of mistakes (Novikoff).
        const rows = points
          .map(([a, b]): [number, number, number] => [a, b, u1 * a + u2 * b + offset >= 0 ? 1 : 0])
          .filter(([a, b]) => Math.abs(u1 * a + u2 * b + offset) >= 0.3);
        fc.pre(rows.length >= 1);
        const run = new ClassicRun(dataOf(rows), {
          rule: 'perceptron',
          learningRate,
          order,
          initialWeights,
          batchSize: 0,
          seed,
        });
        for (let e = 0; e < 20_000 && run.status === 'learning'; e++) run.stepEpoch();
        expect(run.status).toBe('converged');
        expect(run.latest.misclassified).toBe(0);
        const { w1, w2, b } = run.latest;
        for (const [a, c, y] of rows) expect(w1 * a + w2 * c + b >= 0 ? 1 : 0).toBe(y);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps learning (never claims convergence) on the XOR corners, which no line separates', () => {
    const run = new ClassicRun(
      dataOf([
        [0, 0, 0],
        [1, 1, 0],
        [0, 1, 1],
        [1, 0, 1],
      ]),
      { ...ZERO_START, learningRate: 0.1 },
    );
    for (let e = 0; e < 200; e++) run.stepEpoch();
    expect(run.status).toBe('learning');
    expect(run.epoch).toBe(200);
    expect(run.records.slice(1).every((r) => r.misclassified > 0 && r.updates > 0)).toBe(true);
  });
});
