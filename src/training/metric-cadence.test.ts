import { describe, expect, it } from 'vitest';
import { COST_SHARE, evaluationInterval, MAX_POINTS, MIN_POINTS, MetricCadence, metricPoint } from './metric-cadence';

describe('evaluationInterval', () => {
  it('takes one point per epoch when a run has few fast epochs', () => {
    expect(evaluationInterval({ epochs: 50, batchesPerEpoch: 16, stepMs: 0.1, evaluationMs: 0.01 })).toBe(2);
    expect(evaluationInterval({ epochs: 300, batchesPerEpoch: 1, stepMs: 0.1, evaluationMs: 0.001 })).toBe(1);
  });

  it('spreads about MAX_POINTS points over a long run', () => {
    const every = evaluationInterval({ epochs: 1000, batchesPerEpoch: 50, stepMs: 1, evaluationMs: 0.01 });
    expect(every).toBe(Math.ceil((1000 * 50) / MAX_POINTS));
    expect((1000 * 50) / every).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('spaces evaluations so that they cost at most COST_SHARE of the training time', () => {
    const every = evaluationInterval({ epochs: 40_000, batchesPerEpoch: 1, stepMs: 0.2, evaluationMs: 3 });
    expect(3 / (every * 0.2)).toBeLessThanOrEqual(COST_SHARE);
    expect(3 / ((every - 1) * 0.2)).toBeGreaterThan(COST_SHARE);
  });

  it('still gives a run MIN_POINTS points when evaluations are dear', () => {
    expect(evaluationInterval({ epochs: 200, batchesPerEpoch: 10, stepMs: 0.05, evaluationMs: 1 })).toBe(
      2000 / MIN_POINTS,
    );
  });

  it('falls back to one point per epoch for an unbounded run', () => {
    expect(evaluationInterval({ epochs: Infinity, batchesPerEpoch: 7, stepMs: 0, evaluationMs: 0 })).toBe(7);
  });
});

describe('MetricCadence', () => {
  const metrics = {
    trainLoss: 0.5,
    trainAccuracy: 0.75,
    validationLoss: null,
    validationAccuracy: null,
    misclassified: 3,
    penalty: 0,
  };

  it('ends chunks at the due steps and keeps points strictly increasing', () => {
    const cadence = new MetricCadence();
    expect(cadence.stepsToNext(0, 1200, 1)).toBe(3);
    expect(cadence.stepsToNext(4, 1200, 1)).toBe(2);
    expect(cadence.due(6, 1200, 1)).toBe(true);
    expect(cadence.due(7, 1200, 1)).toBe(false);
    cadence.add(metricPoint(6, 6, metrics));
    cadence.add(metricPoint(6, 6, metrics));
    cadence.add(metricPoint(3, 3, metrics));
    expect(cadence.due(6, 1200, 1)).toBe(false);
    expect(cadence.take().map((p) => p.step)).toEqual([6]);
    expect(cadence.take()).toEqual([]);
    cadence.restart();
    cadence.add(metricPoint(0, 0, metrics));
    expect(cadence.take()).toEqual([
      { step: 0, epoch: 0, trainLoss: 0.5, trainAccuracy: 0.75, validationLoss: null, validationAccuracy: null },
    ]);
  });

  it('widens the interval as it measures evaluation cost', () => {
    const cadence = new MetricCadence();
    cadence.recordSteps(100, 10);
    cadence.recordEvaluation(2);
    expect(cadence.interval(40_000, 1)).toBe(Math.ceil(2 / (COST_SHARE * 0.1)));
  });
});
