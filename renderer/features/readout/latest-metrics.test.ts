import { describe, expect, it } from 'vitest';
import { latestMetrics } from './latest-metrics';

describe('latest metrics', () => {
  it('takes each series from the newest point that has it', () => {
    const latest = latestMetrics([
      { step: 1, epoch: 0, trainLoss: 0.9, trainAccuracy: 0.5, validationLoss: 0.8, validationAccuracy: 0.55 },
      { step: 2, epoch: 0, trainLoss: 0.7, trainAccuracy: 0.6, validationLoss: null, validationAccuracy: null },
    ]);
    expect(latest).toEqual({ trainLoss: 0.7, trainAccuracy: 0.6, validationLoss: 0.8, validationAccuracy: 0.55 });
  });

  it('is all null before any point (and for accuracy in regression)', () => {
    expect(latestMetrics([])).toEqual({
      trainLoss: null,
      validationLoss: null,
      trainAccuracy: null,
      validationAccuracy: null,
    });
    expect(
      latestMetrics([
        { step: 1, epoch: 0, trainLoss: 2, trainAccuracy: null, validationLoss: 3, validationAccuracy: null },
      ]).trainAccuracy,
    ).toBeNull();
  });
});
