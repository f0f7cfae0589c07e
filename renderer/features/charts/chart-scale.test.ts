import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clippedExtent,
  dataExtent,
  MAX_LOG_TICKS,
  niceStep,
  position,
  thinDecades,
  ticksBetween,
  xScale,
  yScale,
} from './chart-scale';

describe('niceStep', () => {
  it('is 1, 2, 2.5 or 5 times a power of ten and cuts the span into at most the asked parts (and more than half as many)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), (span) => {
        const step = niceStep(span, 4);
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-12);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
        expect(span / step).toBeLessThanOrEqual(4 + 1e-9);
        expect(span / step).toBeGreaterThan(1.6 - 1e-9);
      }),
    );
  });

  it('picks the usual steps', () => {
    expect(niceStep(1000)).toBe(250);
    expect(niceStep(300)).toBe(100);
    expect(niceStep(0.8)).toBe(0.2);
  });
});

describe('ticksBetween', () => {
  it('lists the multiples of the step between the ends, without float dust', () => {
    expect(ticksBetween(0, 1, 0.2)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticksBetween(0.05, 0.31, 0.1)).toEqual([0.1, 0.2, 0.3]);
  });
});

describe('dataExtent', () => {
  it('spans the finite values of the keys (positive ones on a log axis), or null', () => {
    const rows = [
      { a: 3, b: null },
      { a: -1, b: Number.NaN },
      { a: 0, b: 7 },
    ];
    expect(dataExtent(rows, ['a', 'b'], false)).toEqual([-1, 7]);
    expect(dataExtent(rows, ['a', 'b'], true)).toEqual([3, 7]);
    expect(dataExtent(rows, ['c'], false)).toBeNull();
  });
});

describe('yScale', () => {
  it('rounds an auto end out to a tick and keeps a given end', () => {
    const scale = yScale([0.04, 0.71], [0, 'auto'], false);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeCloseTo(0.8, 12);
    expect(scale.ticks.map((t) => Math.round(t * 10) / 10)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('uses given ticks inside a given domain (the accuracy axis)', () => {
    expect(yScale([0.5, 0.9], [0, 1], false, [0, 0.25, 0.5, 0.75, 1])).toEqual({
      min: 0,
      max: 1,
      ticks: [0, 0.25, 0.5, 0.75, 1],
      log: false,
    });
  });

  it('puts a log axis on whole decades around the data', () => {
    const scale = yScale([3e-6, 0.4], ['auto', 'auto'], true);
    expect(scale.min).toBeCloseTo(1e-6, 18);
    expect(scale.max).toBe(1);
    expect(scale.ticks.map((t) => Math.round(Math.log10(t)))).toEqual([-6, -5, -4, -3, -2, -1, 0]);
  });

  it('widens a flat series so the axis has a span', () => {
    const scale = yScale([0.5, 0.5], ['auto', 'auto'], false);
    expect(scale.max).toBeGreaterThan(scale.min);
  });
});

describe('xScale and position', () => {
  it('runs the x axis from 0 to a nice end at or past the last x', () => {
    const scale = xScale(567);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(567);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(scale.max);
  });

  it('maps values linearly, or by their logarithm on a log axis (NaN where a log axis has no place)', () => {
    expect(position({ min: 0, max: 10, ticks: [], log: false }, 2.5, 200)).toBe(50);
    expect(position({ min: 1e-4, max: 1, ticks: [], log: true }, 1e-2, 400)).toBeCloseTo(200, 9);
    expect(position({ min: 1e-4, max: 1, ticks: [], log: true }, 0, 400)).toBeNaN();
  });
});

describe('thinDecades', () => {
  it('leaves a few decades alone and thins 35 of them to at most 7 round exponents, the domain still spanning them all', () => {
    const few = [1e-3, 1e-2, 1e-1, 1];
    expect(thinDecades(few)).toEqual(few);
    const scale = yScale([1e-3, 1e31], ['auto', 'auto'], true);
    expect(scale.min).toBe(1e-3);
    expect(scale.max).toBeCloseTo(1e31, -20);
    const exponents = scale.ticks.map((t) => Math.round(Math.log10(t)));
    expect(exponents.length).toBeLessThanOrEqual(MAX_LOG_TICKS);
    expect(exponents.length).toBeGreaterThanOrEqual(3);
    expect(exponents).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });
});

describe('clippedExtent', () => {
  const rows = (losses: number[]) => losses.map((loss, epoch) => ({ epoch, loss }));

  it('leaves the top of an ordinary loss curve alone', () => {
    expect(clippedExtent(rows([0.7, 0.5, 0.4, 0.3, 0.9]), ['loss'])).toEqual({ extent: [0.3, 0.9], clippedMax: null });
  });

  it('clips a loss that jumps to 1e31 above the bulk of the curve and reports the value left out', () => {
    const losses = [0.7, 0.69, 0.68, 0.7, 1.2, 0.95, 1.1, 0.9, 1.0, 0.97, 1.3, 2.9e6, 1.9e31, 1.05];
    const { extent, clippedMax } = clippedExtent(rows(losses), ['loss']);
    expect(clippedMax).toBe(1.9e31);
    expect(extent?.[1]).toBeLessThan(10);
    expect(extent?.[1]).toBeGreaterThan(1.3);
  });
});
