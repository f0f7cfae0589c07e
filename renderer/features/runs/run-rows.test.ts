import { describe, expect, it } from 'vitest';
import { emptyTrace, type RunTrace } from '../../store/comparison';
import { type ChartRun, gradientKey, gradientRunRows, metricKey, metricRunRows } from './run-rows';

const point = (step: number, trainLoss: number, validationLoss: number | null) => ({
  step,
  epoch: 0,
  trainLoss,
  trainAccuracy: null,
  validationLoss,
  validationAccuracy: null,
});

function run(index: number, trace: Partial<RunTrace>): ChartRun {
  return {
    index,
    id: `run-${index + 1}`,
    name: String.fromCharCode(65 + index),
    trace: { ...emptyTrace(`run-${index + 1}`), ...trace },
  };
}

describe('run chart rows', () => {
  it("puts the runs' points of one step into one row, each under its own key", () => {
    const a = run(0, { metrics: [point(0, 0.7, 0.71), point(10, 0.5, 0.52)] });
    const b = run(1, { metrics: [point(0, 0.69, 0.7), point(10, 0.4, null)] });
    const rows = metricRunRows([a, b], ['trainLoss', 'validationLoss']);
    expect(rows).toEqual([
      {
        step: 0,
        [metricKey(a, 'trainLoss')]: 0.7,
        [metricKey(a, 'validationLoss')]: 0.71,
        [metricKey(b, 'trainLoss')]: 0.69,
        [metricKey(b, 'validationLoss')]: 0.7,
      },
      {
        step: 10,
        [metricKey(a, 'trainLoss')]: 0.5,
        [metricKey(a, 'validationLoss')]: 0.52,
        [metricKey(b, 'trainLoss')]: 0.4,
        [metricKey(b, 'validationLoss')]: null,
      },
    ]);
  });

  it('keeps a run that stopped early (fewer points) and sorts by step; log drops values a log axis cannot place', () => {
    const a = run(0, { metrics: [point(5, 0.5, 0), point(1, 0.9, 0.8)] });
    const b = run(1, { metrics: [point(1, Number.NaN, 0.8)] });
    const rows = metricRunRows([a, b], ['trainLoss', 'validationLoss'], true);
    expect(rows.map((r) => r.step)).toEqual([1, 5]);
    expect(rows[0][metricKey(b, 'trainLoss')]).toBeNull();
    expect(rows[1][metricKey(a, 'validationLoss')]).toBeNull();
    expect(rows[1][metricKey(b, 'trainLoss')]).toBeUndefined();
  });

  it("lays out each run's Linear layers by depth for the gradient chart", () => {
    const layers = [
      { nodeId: 'dense-1', name: 'Linear 1' },
      { nodeId: 'dense-2', name: 'Linear 2' },
    ];
    const a = run(0, {
      linearLayers: layers,
      gradients: [
        {
          step: 3,
          epoch: 0,
          norms: new Map([
            ['dense-1', 1e-4],
            ['dense-2', 0.2],
          ]),
        },
      ],
    });
    const b = run(1, {
      linearLayers: layers,
      gradients: [
        {
          step: 3,
          epoch: 0,
          norms: new Map([
            ['dense-1', 0.05],
            ['dense-2', 0],
          ]),
        },
      ],
    });
    expect(gradientRunRows([a, b])).toEqual([
      {
        step: 3,
        [gradientKey(a, 0)]: 1e-4,
        [gradientKey(a, 1)]: 0.2,
        [gradientKey(b, 0)]: 0.05,
        [gradientKey(b, 1)]: null,
      },
    ]);
  });
});
