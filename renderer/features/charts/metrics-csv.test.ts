import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../../src/project/types';
import { METRIC_CSV_COLUMNS, metricsToCsv } from './metrics-csv';

const points: MetricPoint[] = [
  {
    step: 5,
    epoch: 1,
    trainLoss: 0.693,
    trainAccuracy: 0.5,
    validationLoss: 0.7,
    validationAccuracy: 0.45,
    trainMisclassified: 80,
    validationMisclassified: 22,
  },
  { step: 10, epoch: 2, trainLoss: 0.25, trainAccuracy: null, validationLoss: null, validationAccuracy: null },
];

describe('metrics CSV', () => {
  it('parses back (with a CSV reader) to the same numbers, empty where missing', () => {
    const parsed = Papa.parse<Record<string, string>>(metricsToCsv(points), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...METRIC_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(Number(parsed.data[0].train_loss)).toBe(0.693);
    expect(Number(parsed.data[0].validation_accuracy)).toBe(0.45);
    expect(parsed.data[1].train_accuracy).toBe('');
    // The misclassified counts per epoch, empty where a point has none (older histories, regression).
    expect(Number(parsed.data[0].train_misclassified)).toBe(80);
    expect(Number(parsed.data[0].validation_misclassified)).toBe(22);
    expect(parsed.data[1].validation_misclassified).toBe('');
    expect(Number(parsed.data[1].step)).toBe(10);
  });

  it('writes only the header for an empty history', () => {
    expect(metricsToCsv([]).trim()).toBe(METRIC_CSV_COLUMNS.join(','));
  });
});
