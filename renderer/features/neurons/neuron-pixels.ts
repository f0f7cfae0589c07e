/**
 * One hidden unit's output over the input plane as a thumbnail: the unit's slice of its node's
 * neuron grid (unit-major, cells as in src/training/grid.ts gridPoints, row 0 = bottom edge),
 * painted on the diverging map with one symmetric scale per node, so a weak or dead unit looks faint.
 */
import type { NeuronGridSet } from '../../store/types';
import { type DivergingPalette, divergingPixels, maxAbs } from '../weights/kernel-pixels';

/** Unit `unit`'s resolution² values, image row 0 at the top (x2 maximum). */
export function unitImageValues(set: NeuronGridSet, unit: number): Float32Array {
  const res = set.resolution;
  const cells = res * res;
  const source = set.values.subarray(unit * cells, (unit + 1) * cells);
  const flipped = new Float32Array(cells);
  for (let row = 0; row < res; row++) flipped.set(source.subarray(row * res, (row + 1) * res), (res - 1 - row) * res);
  return flipped;
}

/** RGBA thumbnails of every unit of a node, sharing the node's symmetric scale. */
export function unitThumbnails(set: NeuronGridSet, palette: DivergingPalette): Uint8ClampedArray<ArrayBuffer>[] {
  const scale = maxAbs(set.values);
  return Array.from({ length: set.units }, (_, u) =>
    divergingPixels(unitImageValues(set, u), set.resolution, set.resolution, scale, palette),
  );
}
