import { describe, expect, it } from 'vitest';
import { curveRows, derivativePeak, plotRange } from './curves';

describe('activation curves', () => {
  it("sigmoid's derivative peaks at 0.25 at z = 0, and f′ is the slope of f", () => {
    const rows = curveRows('sigmoid', 0, null);
    expect(derivativePeak(rows)).toEqual({ z: 0, value: 0.25 });
    const i = 250;
    const slope = (rows[i + 1].f - rows[i - 1].f) / (rows[i + 1].z - rows[i - 1].z);
    expect(rows[i].df).toBeCloseTo(slope, 4);
  });

  it('tanh peaks at 1, ReLU is 0 then 1, leaky ReLU uses α below 0', () => {
    expect(derivativePeak(curveRows('tanh', 0, null)).value).toBe(1);
    const relu = curveRows('relu', 0, null);
    expect(relu[0].df).toBe(0);
    expect(relu[relu.length - 1].df).toBe(1);
    expect(curveRows('leakyRelu', 0.2, null)[0].df).toBe(0.2);
  });

  it('draws a histogram as a density whose area is 1, over a range that holds it', () => {
    const histogram = { range: 10, counts: Float32Array.from({ length: 30 }, (_, i) => (i === 0 || i === 29 ? 5 : 0)) };
    expect(plotRange(histogram)).toBeCloseTo(10.5, 12);
    const rows = curveRows('sigmoid', 0, histogram);
    const width = rows[1].z - rows[0].z;
    const area = rows.reduce((s, r) => s + (r.density ?? 0) * width, 0);
    expect(area).toBeCloseTo(1, 1);
    expect(rows[200].density).toBe(0); // z = 0: no values in the middle bins
    expect(rows[12].density).toBeGreaterThan(0); // z ≈ −9.9: the saturated left tail
    expect(rows[5].density).toBe(0); // z ≈ −10.2: beyond every value
  });
});
