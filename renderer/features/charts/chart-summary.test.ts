import { describe, expect, it } from 'vitest';
import { cellText, histogramSummary, lastRows, seriesEnds, seriesSummary } from './chart-summary';
import { formatEpoch, formatLoss, formatPercent } from './metric-format';

const EPOCHS = { key: 'epoch', label: 'epoch', format: formatEpoch };
const LOSS = [
  { key: 'trainLoss', name: 'train' },
  { key: 'validationLoss', name: 'validation' },
];

const rows = Array.from({ length: 300 }, (_, i) => ({
  epoch: i + 1,
  trainLoss: 0.42 * Math.exp(-i / 60),
  // Validation is measured every tenth epoch only, and not at the start.
  validationLoss: i % 10 === 9 ? 0.5 * Math.exp(-i / 70) : null,
}));

describe('line chart summary', () => {
  it("names each line's first and last value and how many epochs the data span", () => {
    expect(seriesSummary('Loss', rows, LOSS, EPOCHS, (v) => formatLoss(v, 2))).toBe(
      'Loss: train 0.42 → 0.0029, validation 0.44 → 0.007, over 300 epochs.',
    );
  });

  it('leaves out a line with no values and says when there is no data at all', () => {
    const trainOnly = rows.map((r) => ({ ...r, validationLoss: null }));
    expect(seriesSummary('Loss', trainOnly.slice(0, 2), LOSS, EPOCHS, (v) => formatLoss(v, 2))).toBe(
      'Loss: train 0.42 → 0.41, over 2 epochs.',
    );
    expect(seriesSummary('Loss', [], LOSS, EPOCHS, formatLoss)).toBe('Loss: no data yet.');
    expect(
      seriesSummary('Accuracy', [{ epoch: 1, acc: 0.5 }], [{ key: 'acc', name: 'train' }], EPOCHS, formatPercent),
    ).toBe('Accuracy: train 50.0%, over 1 epoch.');
  });

  it('skips non-finite values when finding the ends', () => {
    expect(seriesEnds([{ v: Number.NaN }, { v: 2 }, { v: Infinity }, { v: 3 }, { v: null }], 'v')).toEqual([2, 3]);
    expect(seriesEnds([{ v: null }], 'v')).toBeNull();
  });
});

describe('table alternative', () => {
  it('keeps the last rows that hold a value, newest last', () => {
    const kept = lastRows(rows, [{ key: 'validationLoss', name: 'validation' }], 3) as typeof rows;
    expect(kept.map((r) => r.epoch)).toEqual([280, 290, 300]);
    expect(lastRows(rows, LOSS).length).toBe(20);
  });

  it('writes a cell with the format, or a dash where there is no value', () => {
    expect(cellText(rows[9], 'validationLoss', (v) => formatLoss(v, 2))).toBe('0.44');
    expect(cellText(rows[0], 'validationLoss', formatLoss)).toBe('–');
  });
});

describe('histogram summary', () => {
  it('gives the count, the range and the fullest bin', () => {
    expect(histogramSummary('Linear 1 weights', [1, 5, 2, 0], [-1, 1], (v) => v.toFixed(1))).toBe(
      'Linear 1 weights: 8 values from -1.0 to 1.0, most between -0.5 and 0.0 (5 values).',
    );
    expect(histogramSummary('Empty', [0, 0], [0, 1], String)).toBe('Empty: no values yet.');
    expect(histogramSummary('One', [1], [2, 3], String)).toBe(
      'One: 1 value from 2 to 3, most between 2 and 3 (1 value).',
    );
  });
});
