// Report helpers: the fallback order matches the engine's, resumed counters shift every step number
// (the divergence sentence included), and history points come only from fresh evaluations.
import { describe, expect, it } from 'vitest';
import { BACKEND_ORDER } from '../../src/training/backends';
import { describeReady, finishedNotice, metricPointOf, metricPointsOf, nextBackend, shiftDivergence } from './reports';
import { readyOn } from './test-support';
import { progressAt } from './test-support';

describe('reports', () => {
  it('falls back in the engine’s backend order, the CPU last', () => {
    expect(BACKEND_ORDER.map(nextBackend)).toEqual([...BACKEND_ORDER.slice(1), 'cpu']);
  });

  it('shifts a divergence report, its sentence too, by the step a run resumed from', () => {
    const report = {
      step: 7,
      restoredStep: 5,
      firstLayerNodeId: 'dense-1',
      firstLayerName: 'Linear 1',
      what: 'loss' as const,
      where: 'output' as const,
      message: 'Training diverged at step 7: x. The state of step 5 was restored.',
    };
    expect(shiftDivergence(report, { step: 100, epoch: 3 })).toMatchObject({
      step: 107,
      restoredStep: 105,
      message: 'Training diverged at step 107: x. The state of step 105 was restored.',
    });
    expect(shiftDivergence(report, { step: 0, epoch: 0 })).toBe(report);
  });

  it('makes a history point only of metrics evaluated at the report’s own step', () => {
    const fresh = progressAt(20, { accuracy: 0.9 });
    expect(fresh.type === 'progress' && metricPointOf(fresh, { step: 100, epoch: 10 })).toMatchObject({
      step: 120,
      epoch: 12,
      validationAccuracy: 0.9,
    });
    const stale = { ...(fresh as Extract<typeof fresh, { type: 'progress' }>), step: 21 };
    expect(metricPointOf(stale, { step: 0, epoch: 0 })).toBeNull();
  });

  it('takes every point a report carries, oldest first, at the user’s step numbers', () => {
    const report = progressAt(30, { accuracy: 0.9 }) as Extract<ReturnType<typeof progressAt>, { type: 'progress' }>;
    const point = (step: number) => ({
      step,
      epoch: step / 10,
      trainLoss: 1 / step,
      trainAccuracy: 0.5,
      validationLoss: null,
      validationAccuracy: null,
    });
    const points = metricPointsOf({ ...report, points: [point(10), point(20), point(30)] }, { step: 100, epoch: 10 });
    expect(points.map((p) => [p.step, p.epoch, p.trainLoss])).toEqual([
      [110, 11, 1 / 10],
      [120, 12, 1 / 20],
      [130, 13, 1 / 30],
    ]);
    expect(metricPointsOf({ ...report, points: [] }, { step: 0, epoch: 0 })).toEqual([]);
  });

  it('says when the fast engine runs its large products on the WASM kernel', () => {
    const ready = readyOn('wasm', [], {
      engine: 'fast',
      engineReason: 'every node runs on the fast engine',
    }) as Extract<ReturnType<typeof readyOn>, { type: 'ready' }>;
    expect(describeReady({ ...ready, products: 'wasm' }, 'auto').note).toBe(
      'Training on the fast engine (JavaScript loops, large matrix products on the WASM kernel): every node runs on the fast engine.',
    );
    expect(describeReady({ ...ready, products: 'js' }, 'auto').note).toMatch(
      /^Training on the fast engine \(plain JavaScript\)/,
    );
  });
});

describe('finishedNotice', () => {
  const layer = (weightNorm: number, gradNorm: number) => ({
    nodeId: 'dense-1',
    nodeName: 'Linear 1',
    kind: 'dense' as const,
    activation: null,
    parameters: [
      {
        name: 'kernel',
        gradNorm,
        gradMeanAbs: 0,
        weightNorm,
        ratio: null,
        gradHistogram: { range: 0, counts: new Float32Array(0) },
        weightHistogram: { range: 0, counts: new Float32Array(0) },
      },
    ],
  });

  it('asks for more epochs after a healthy run', () => {
    expect(finishedNotice(300, [layer(4, 0.1)])).toBe(
      'Training reached the set 300 epochs; raise Epochs in the training settings to train further.',
    );
  });

  it('asks for a reset, not more epochs, when the network exploded', () => {
    const notice = finishedNotice(300, [layer(1.3e18, 0.1)]);
    expect(notice).not.toContain('raise Epochs');
    expect(notice).toContain("the weights of 'Linear 1' reached a norm of 1.3e+18");
    expect(notice).toContain('Press Reset');
  });
});
