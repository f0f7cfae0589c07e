import { describe, expect, it } from 'vitest';
import type { Rgb } from '../charts/colours';
import { unitImageValues, unitThumbnails } from './neuron-pixels';

const palette = { negative: [0, 0, 255] as Rgb, neutral: [255, 255, 255] as Rgb, positive: [255, 0, 0] as Rgb };

// Two units on a 2×2 grid; cells in grid order: (row 0 = bottom) c0, c1, then (row 1 = top) c2, c3.
const set = { nodeId: 'd1', units: 2, resolution: 2, values: Float32Array.from([1, 2, 3, 4, 0, 0, -4, 0]) };

describe('neuron thumbnails', () => {
  it("takes each unit's slice and puts the grid's top row first", () => {
    expect(Array.from(unitImageValues(set, 0))).toEqual([3, 4, 1, 2]);
    expect(Array.from(unitImageValues(set, 1))).toEqual([-4, 0, 0, 0]);
  });

  it("shares the node's scale: the strongest value anywhere in the node reaches the full colour", () => {
    const [first, second] = unitThumbnails(set, palette);
    expect(Array.from(first.slice(4, 8))).toEqual([255, 0, 0, 255]);
    expect(Array.from(second.slice(0, 4))).toEqual([0, 0, 255, 255]);
    expect(Array.from(second.slice(4, 8))).toEqual([255, 255, 255, 255]);
  });
});
