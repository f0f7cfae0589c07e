/**
 * Pictures of image datasets (Dataset.image): a sample's pixels as grey levels, and one hidden unit's incoming weights
 * as the image they make, both row by row as the data stores them.
 */
import { mixRgb, type Rgb } from '../charts/colours';

/** The smallest and largest finite value of a sample's pixels ([0, 1] when none is finite or all are equal). */
export function valueRange(values: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  return max > min ? [min, max] : [0, 1];
}

/**
 * RGBA pixels of a width × height greyscale sample (row-major): the range's low end is paper, the high end ink (the
 * digits store ink as large values), linear in between.
 */
export function samplePixels(
  values: ArrayLike<number>,
  width: number,
  height: number,
  range: [number, number],
  colours: { paper: Rgb; ink: Rgb },
): Uint8ClampedArray<ArrayBuffer> {
  if (values.length !== width * height) {
    throw new RangeError(
      `A ${width} × ${height} image needs ${width * height} values, but the sample has ${values.length}.`,
    );
  }
  const pixels = new Uint8ClampedArray(width * height * 4);
  const span = range[1] - range[0] || 1;
  for (let i = 0; i < width * height; i++) {
    const t = Math.min(1, Math.max(0, (values[i] - range[0]) / span));
    const [r, g, b] = mixRgb(colours.paper, colours.ink, Number.isFinite(t) ? t : 0);
    pixels.set([r, g, b, 255], i * 4);
  }
  return pixels;
}

/** Row `row` of a row-major matrix with `width` columns (one sample of a split's x). */
export function rowOf(x: Float32Array, row: number, width: number): Float32Array {
  return x.subarray(row * width, (row + 1) * width);
}

/**
 * The weights into hidden unit `unit` of a first-layer kernel stored inputs × units (row-major, as tfjs stores it):
 * one value per input, i.e. per pixel.
 */
export function unitWeights(kernel: Float32Array, inputs: number, units: number, unit: number): Float32Array {
  if (kernel.length !== inputs * units) {
    throw new RangeError(`A ${inputs} × ${units} kernel needs ${inputs * units} weights, but has ${kernel.length}.`);
  }
  const weights = new Float32Array(inputs);
  for (let i = 0; i < inputs; i++) weights[i] = kernel[i * units + unit];
  return weights;
}
