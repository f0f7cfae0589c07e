import { describe, expect, it } from 'vitest';
import type { Rgb } from '../charts/colours';
import { cellAt, divergingPixels, maxAbs } from './kernel-pixels';

const palette = { negative: [0, 0, 255] as Rgb, neutral: [255, 255, 255] as Rgb, positive: [255, 0, 0] as Rgb };
const pixel = (p: Uint8ClampedArray, i: number) => Array.from(p.slice(i * 4, i * 4 + 4));

describe('kernel heatmap pixels', () => {
  it('scales symmetrically by the largest magnitude, skipping non-finite values', () => {
    expect(maxAbs([0.5, -2, 1])).toBe(2);
    expect(maxAbs([NaN, -Infinity, 0.25])).toBe(0.25);
    expect(maxAbs([])).toBe(0);
  });

  it('colours −scale, 0 and +scale with the three colours, row-major', () => {
    const values = [-2, 0, 2, 1];
    const pixels = divergingPixels(values, 2, 2, maxAbs(values), palette);
    expect(pixel(pixels, 0)).toEqual([0, 0, 255, 255]);
    expect(pixel(pixels, 1)).toEqual([255, 255, 255, 255]);
    expect(pixel(pixels, 2)).toEqual([255, 0, 0, 255]);
    expect(pixel(pixels, 3)).toEqual([255, 128, 128, 255]);
  });

  it('shows equal magnitudes of either sign equally far from neutral', () => {
    const pixels = divergingPixels([-0.3, 0.3], 1, 2, 1, palette);
    const [neg, pos] = [pixel(pixels, 0), pixel(pixels, 1)];
    expect(255 - neg[0]).toBe(255 - pos[2]);
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
