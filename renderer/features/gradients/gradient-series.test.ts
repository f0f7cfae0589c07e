import { describe, expect, it } from 'vitest';
import { gradientRows, gradientSeries, rowCacheKey, rowsExtent, zeroGradientNames } from './gradient-series';
import { sampleOf } from './test-samples';

describe('gradient series', () => {
  it('makes one series per Linear layer, input to output, numbered by depth', () => {
    const series = gradientSeries([sampleOf(0, [1, 2]), sampleOf(10, [0.1, 0.2, 0.3])]);
    expect(series.map((s) => s.nodeId)).toEqual(['d0', 'd1', 'd2']);
    expect(series.map((s) => s.depth)).toEqual([0, 1, 2]);
    expect(new Set(series.map((s) => s.key)).size).toBe(3);
    expect(gradientSeries([])).toEqual([]);
  });

  it('puts each layer kernel gradient norm in its column, null where a log axis cannot place it', () => {
    const samples = [sampleOf(0, [0.01, 0.5]), sampleOf(20, [0, 0.4])];
    const series = gradientSeries(samples);
    const rows = gradientRows(samples, series, 10);
    expect(rows.map((r) => r.epoch)).toEqual([0, 2]);
    expect(rows[0][series[0].key]).toBe(0.01);
    expect(rows[0][series[1].key]).toBe(0.5);
    expect(rows[1][series[0].key]).toBeNull();
  });

  it('leaves a layer missing from an older sample empty', () => {
    const samples = [sampleOf(0, [0.3]), sampleOf(5, [0.2, 0.1])];
    const series = gradientSeries(samples);
    const rows = gradientRows(samples, series, null);
    expect(rows[0][series[1].key]).toBeNull();
    expect(rows[0][series[0].key]).toBe(0.3);
  });

  it('measures the positive extent over all series', () => {
    const samples = [sampleOf(0, [1e-5, 0.5]), sampleOf(1, [0, 2])];
    const series = gradientSeries(samples);
    expect(rowsExtent(gradientRows(samples, series, null), series)).toEqual([1e-5, 2]);
  });

  it('with a cache, builds each sample’s row once and returns the same rows as without it', () => {
    const samples = [sampleOf(1, [0.1, 0.01]), sampleOf(2, [0.2, 0.02])];
    const series = gradientSeries(samples);
    const cache = new WeakMap();
    const first = gradientRows(samples, series, 4, undefined, cache);
    expect(first).toEqual(gradientRows(samples, series, 4));
    const more = [...samples, sampleOf(3, [0.3, 0.03])];
    const second = gradientRows(more, series, 4, undefined, cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toEqual(gradientRows(more, series, 4)[2]);
    expect(rowCacheKey(series, 4)).not.toBe(rowCacheKey(series, 5));
  });
});

describe('zeroGradientNames', () => {
  it('names the layers whose gradient is exactly zero, which a log axis cannot draw', () => {
    const sample = sampleOf(5, [0, 0.2, 0]);
    const series = gradientSeries([sample]);
    expect(zeroGradientNames(sample, series)).toEqual(['Layer d0', 'Layer d2']);
    expect(zeroGradientNames(sampleOf(5, [0.1, 0.2]), gradientSeries([sampleOf(5, [0.1, 0.2])]))).toEqual([]);
    expect(zeroGradientNames(null, series)).toEqual([]);
  });
});
