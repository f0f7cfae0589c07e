/**
 * A Linear layer's kernel W (inputs × units, row-major as tfjs stores it) as a diverging heatmap:
 * negative weights towards one colour, positive towards the other, 0 neutral, on a scale symmetric
 * around 0 — in value and in CIELAB lightness — so that equal magnitudes look equally strong
 * whatever their sign.
 */
import { type DivergingPalette, divergingScale } from '../charts/colour-maps';
import type { Rgb } from '../charts/colours';

export type { DivergingPalette } from '../charts/colour-maps';

// The lookup table of each palette object, built once: views keep their palette memoised.
const scales = new WeakMap<DivergingPalette, (v: number) => Rgb>();

function scaleOf(palette: DivergingPalette): (v: number) => Rgb {
  let scale = scales.get(palette);
  if (!scale) {
    scale = divergingScale(palette);
    scales.set(palette, scale);
  }
  return scale;
}

/** The largest |value| (the symmetric scale's half-width); 0 for an empty or all-zero array, ignoring non-finite values. */
export function maxAbs(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max && Number.isFinite(a)) max = a;
  }
  return max;
}

/** RGBA pixels of a rows × cols matrix (row-major), each value v coloured at v / scale on the diverging map. */
export function divergingPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  scale: number,
  palette: DivergingPalette,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(rows * cols * 4);
  const colourOf = scaleOf(palette);
  for (let i = 0; i < rows * cols; i++) {
    const [r, g, b] = colourOf(scale > 0 ? values[i] / scale : 0);
    pixels[i * 4] = r;
    pixels[i * 4 + 1] = g;
    pixels[i * 4 + 2] = b;
    pixels[i * 4 + 3] = 255;
  }
  return pixels;
}

/** The matrix cell under a point of a rows × cols heatmap drawn `width`×`height` pixels large; null outside. */
export function cellAt(
  x: number,
  y: number,
  width: number,
  height: number,
  rows: number,
  cols: number,
): { row: number; col: number } | null {
  if (x < 0 || y < 0 || x >= width || y >= height || rows === 0 || cols === 0) return null;
  return { row: Math.floor((y / height) * rows), col: Math.floor((x / width) * cols) };
}
