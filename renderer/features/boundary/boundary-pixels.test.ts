import { describe, expect, it } from 'vitest';
import type { Rgb } from '../charts/colours';
import {
  boundaryPixels,
  type BoundaryPalette,
  type GridSnapshot,
  predictionAlongX,
  REGRESSION_BANDS,
} from './boundary-pixels';

const BLUE: Rgb = [0, 0, 200];
const ORANGE: Rgb = [250, 100, 0];
const GREEN: Rgb = [0, 200, 0];
const WHITE: Rgb = [255, 255, 255];
const palette: BoundaryPalette = { classes: [BLUE, ORANGE, GREEN], neutral: WHITE, values: [BLUE, ORANGE] };

function grid(values: number[], channels: 1 | 2 = 1): GridSnapshot {
  const resolution = Math.round(Math.sqrt(values.length / channels));
  return { step: 0, epoch: 0, resolution, channels, values: Float32Array.from(values) };
}

const pixel = (pixels: Uint8ClampedArray, i: number) => Array.from(pixels.slice(i * 4, i * 4 + 4));
/** Distance between two colours, for "closer to blue than to orange" checks. */
const distance = (a: number[], b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('boundary pixels', () => {
  it('paints P = 0.5 neutral and leans to the class colours on either side (binary)', () => {
    // 2×2 grid: bottom row (grid row 0) P = 0, 0.5; top row P = 0.9, 1.
    const pixels = boundaryPixels(grid([0, 0.5, 0.9, 1]), 'binary', palette, { discretize: false });
    // Image row 0 is the top: grid cells 2 and 3.
    const [topLeft, topRight, bottomLeft, bottomRight] = [0, 1, 2, 3].map((i) => pixel(pixels, i));
    expect(bottomRight).toEqual([255, 255, 255, 255]);
    expect(distance(bottomLeft, BLUE)).toBeLessThan(distance(bottomLeft, ORANGE));
    expect(distance(topRight, ORANGE)).toBeLessThan(distance(topRight, BLUE));
    // P = 0.9 sits between undecided and certain.
    expect(distance(topLeft, WHITE)).toBeLessThan(distance(topRight, WHITE));
    expect(distance(topLeft, WHITE)).toBeGreaterThan(0);
    expect(distance(topLeft, ORANGE)).toBeGreaterThan(distance(topRight, ORANGE));
    for (let i = 0; i < 4; i++) expect(pixel(pixels, i)[3]).toBe(255);
  });

  it('splits into two flat colours when discretised', () => {
    const pixels = boundaryPixels(grid([0.1, 0.49, 0.51, 0.99]), 'binary', palette, { discretize: true });
    expect(pixel(pixels, 2)).toEqual(pixel(pixels, 3));
    expect(pixel(pixels, 0)).toEqual(pixel(pixels, 1));
    expect(pixel(pixels, 0)).not.toEqual(pixel(pixels, 2));
  });

  it('paints the winning class, faded towards neutral as its probability drops to chance (multiclass)', () => {
    // Cells: (class 2, p 1), (class 2, p 1/3 = chance for 3 classes), (class 0, p 0.9), (class 1, p 0.6).
    const pixels = boundaryPixels(grid([2, 1, 2, 1 / 3, 0, 0.9, 1, 0.6], 2), 'multiclass', palette, {
      discretize: false,
      classes: 3,
    });
    const sure = pixel(pixels, 2);
    const undecided = pixel(pixels, 3);
    expect(distance(sure, GREEN)).toBeLessThan(distance(sure, WHITE));
    expect(undecided.slice(0, 3)).toEqual(WHITE);
    expect(distance(pixel(pixels, 0), BLUE)).toBeLessThan(distance(pixel(pixels, 0), ORANGE));
    const discrete = boundaryPixels(grid([2, 1, 2, 1 / 3, 0, 0.9, 1, 0.6], 2), 'multiclass', palette, {
      discretize: true,
      classes: 3,
    });
    expect(pixel(discrete, 3)).toEqual(pixel(discrete, 2));
  });

  it('runs the value ramp over the given range and bands it when discretised (regression)', () => {
    const values = [-1, 0, 0.5, 1];
    const pixels = boundaryPixels(grid(values), 'regression', palette, { discretize: false, valueRange: [-1, 1] });
    const low = pixel(pixels, 2);
    const high = pixel(pixels, 1);
    expect(distance(low, BLUE)).toBeLessThan(distance(low, ORANGE));
    expect(distance(high, ORANGE)).toBeLessThan(distance(high, BLUE));
    const fine = boundaryPixels(grid(Array.from({ length: 64 }, (_, i) => i / 63)), 'regression', palette, {
      discretize: true,
      valueRange: [0, 1],
    });
    const colours = new Set(Array.from({ length: 64 }, (_, i) => pixel(fine, i).join(',')));
    expect(colours.size).toBe(REGRESSION_BANDS);
  });

  it('reads the prediction along x1 from the bottom row', () => {
    expect(Array.from(predictionAlongX(grid([1, 2, 3, 4])))).toEqual([1, 2]);
    expect(Array.from(predictionAlongX(grid([0, 0.2, 1, 0.7, 0, 0, 0, 0], 2)))).toEqual([0, 1]);
  });
});
