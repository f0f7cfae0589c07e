import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../../src/project/types';
import { buildMetricRows, decadeTicks, epochPosition, hasAccuracy } from './metric-rows';

function point(step: number, trainLoss: number, validationLoss: number | null = null): MetricPoint {
  return {
    step,
    epoch: Math.floor(step / 10),
    trainLoss,
    trainAccuracy: 0.5,
    validationLoss,
    validationAccuracy: null,
  };
}

describe('metric rows', () => {
  it('places points in epochs from the step when the epoch length is known', () => {
    expect(epochPosition(25, 2, 10)).toBe(2.5);
    expect(epochPosition(25, 2, null)).toBe(2);
    expect(epochPosition(25, 2, 0)).toBe(2);
  });

  it('copies the series and keeps nulls where a value is missing', () => {
    const rows = buildMetricRows(
      [{ ...point(10, 0.7, 0.8), trainMisclassified: 12, validationMisclassified: 3 }, point(20, 0.5)],
      10,
      false,
    );
    expect(rows).toEqual([
      {
        epoch: 1,
        step: 10,
        trainLoss: 0.7,
        validationLoss: 0.8,
        trainAccuracy: 0.5,
        validationAccuracy: null,
        trainMisclassified: 12,
        validationMisclassified: 3,
      },
      {
        epoch: 2,
        step: 20,
        trainLoss: 0.5,
        validationLoss: null,
        trainAccuracy: 0.5,
        validationAccuracy: null,
        trainMisclassified: null,
        validationMisclassified: null,
      },
    ]);
  });

  it('drops losses a log axis cannot place, and non-finite ones always', () => {
    const points = [point(1, 0), point(2, -1), point(3, Infinity), point(4, 0.25)];
    expect(buildMetricRows(points, 10, true).map((r) => r.trainLoss)).toEqual([null, null, null, 0.25]);
    expect(buildMetricRows(points, 10, false).map((r) => r.trainLoss)).toEqual([0, -1, null, 0.25]);
  });

  it('thins long histories but keeps the latest point', () => {
    const points = Array.from({ length: 5000 }, (_, i) => point(i + 1, 1 / (i + 1)));
    const rows = buildMetricRows(points, 10, true, 300);
    expect(rows).toHaveLength(300);
    expect(rows[rows.length - 1].step).toBe(5000);
  });

  it('knows when there is no accuracy (regression)', () => {
    const regression = {
      step: 1,
      epoch: 0,
      trainLoss: 1,
      trainAccuracy: null,
      validationLoss: 1,
      validationAccuracy: null,
    };
    expect(hasAccuracy([regression])).toBe(false);
    expect(hasAccuracy([point(1, 1)])).toBe(true);
  });

  it('gives the decades that span a range for log ticks', () => {
    expect(decadeTicks(0.003, 0.7)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(decadeTicks(0.2, 0.5)).toEqual([0.1, 1]);
    expect(decadeTicks(0, 1)).toEqual([]);
  });
});
