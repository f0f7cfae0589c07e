import { describe, expect, it } from 'vitest';
import { histogramBars } from './histogram-bars';

describe('histogram bars', () => {
  const histogram = { range: 3, counts: Float32Array.from([1, 4, 2]) };

  it('spans the bins evenly over [−range, range]', () => {
    const bars = histogramBars(histogram, 90, 40);
    expect(bars.map((b) => [b.from, b.to])).toEqual([
      [-3, -1],
      [-1, 1],
      [1, 3],
    ]);
    expect(bars.map((b) => b.x)).toEqual([0, 30, 60]);
    expect(bars.every((b) => b.width === 30)).toBe(true);
  });

  it('scales heights to the tallest bin, standing on the bottom edge', () => {
    const bars = histogramBars(histogram, 90, 40);
    expect(bars.map((b) => b.height)).toEqual([10, 40, 20]);
    expect(bars.map((b) => b.y + b.height)).toEqual([40, 40, 40]);
    expect(bars.map((b) => b.count)).toEqual([1, 4, 2]);
  });

  it('draws nothing tall for an empty histogram', () => {
    const bars = histogramBars({ range: 0, counts: new Float32Array(4) }, 40, 10);
    expect(bars).toHaveLength(4);
    expect(bars.every((b) => b.height === 0)).toBe(true);
  });
});
