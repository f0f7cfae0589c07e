import { describe, expect, it } from 'vitest';
import { lightness } from '../charts/colour-science';
import { parseColour, type Rgb } from '../charts/colours';
import { cellAt, divergingPixels, maxAbs } from './kernel-pixels';

const palette = { negative: [0, 0, 255] as Rgb, neutral: [255, 255, 255] as Rgb, positive: [255, 0, 0] as Rgb };
const pixel = (p: Uint8ClampedArray, i: number) => Array.from(p.slice(i * 4, i * 4 + 4));

describe('kernel heatmap pixels', () => {
  it('scales symmetrically by the largest magnitude, skipping non-finite values', () => {
    expect(maxAbs([0.5, -2, 1])).toBe(2);
    expect(maxAbs([NaN, -Infinity, 0.25])).toBe(0.25);
    expect(maxAbs([])).toBe(0);
  });

  it('colours −scale, 0 and +scale with the three colours, row-major, mixing in CIELAB between them', () => {
    const values = [-2, 0, 2, 1];
    const pixels = divergingPixels(values, 2, 2, maxAbs(values), palette);
    const near = (got: number[], want: number[]) =>
      got.forEach((v, i) => expect(Math.abs(v - want[i])).toBeLessThanOrEqual(1));
    near(pixel(pixels, 0), [0, 0, 255, 255]);
    expect(pixel(pixels, 1)).toEqual([255, 255, 255, 255]);
    near(pixel(pixels, 2), [255, 0, 0, 255]);
    // Halfway in lightness from white (L* 100) to an in-gamut blue (#0072b2, L* 45.97).
    const blue = divergingPixels([-1, -0.5], 1, 2, 1, { ...palette, negative: parseColour('#0072b2') });
    const half = pixel(blue, 1);
    expect(lightness([half[0], half[1], half[2]])).toBeCloseTo((100 + 45.97) / 2, 0);
  });

  it('shows equal magnitudes of either sign equally light when the ends are equally light', () => {
    const even = {
      negative: parseColour('#0072b2'),
      neutral: [255, 255, 255] as Rgb,
      positive: parseColour('#b54e00'),
    };
    for (const v of [0.1, 0.3, 0.7, 1]) {
      const pixels = divergingPixels([-v, v], 1, 2, 1, even);
      const [neg, pos] = [pixel(pixels, 0), pixel(pixels, 1)];
      expect(Math.abs(lightness([neg[0], neg[1], neg[2]]) - lightness([pos[0], pos[1], pos[2]]))).toBeLessThan(0.6);
    }
  });

  it('paints an all-zero kernel neutral', () => {
    const pixels = divergingPixels([0, 0], 1, 2, 0, palette);
    expect(pixel(pixels, 1)).toEqual([255, 255, 255, 255]);
  });

  it('finds the cell under the pointer', () => {
    expect(cellAt(0, 0, 100, 50, 5, 10)).toEqual({ row: 0, col: 0 });
    expect(cellAt(99.9, 49.9, 100, 50, 5, 10)).toEqual({ row: 4, col: 9 });
    expect(cellAt(35, 12, 100, 50, 5, 10)).toEqual({ row: 1, col: 3 });
    expect(cellAt(100, 10, 100, 50, 5, 10)).toBeNull();
    expect(cellAt(-1, 10, 100, 50, 5, 10)).toBeNull();
  });
});
