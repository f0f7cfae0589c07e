/**
 * Colour arithmetic shared by the live views: parsing theme colours, mixing, and the sequential and
 * diverging scales the heatmaps and the gradient chart paint with. Pure, so it is tested in Node.
 */

/** An opaque colour as 0–255 channels. */
export type Rgb = [number, number, number];

const GREY: Rgb = [128, 128, 128];

/** Parses '#rgb', '#rrggbb' or 'rgb(r, g, b)' (what getComputedStyle returns); mid grey for anything else. */
export function parseColour(text: string): Rgb {
  const value = text.trim();
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (long) return [parseInt(long[1], 16), parseInt(long[2], 16), parseInt(long[3], 16)];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short)
    return [parseInt(short[1] + short[1], 16), parseInt(short[2] + short[2], 16), parseInt(short[3] + short[3], 16)];
  const functional = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  if (functional) return [Number(functional[1]), Number(functional[2]), Number(functional[3])];
  return GREY;
}

/** The colour a fraction t (clamped to [0, 1]) of the way from a to b, channel by channel in sRGB. */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  const k = clamp01(t);
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

/** '#rrggbb' of a colour (channels rounded and clamped). */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** t clamped to [0, 1]; NaN becomes 0. */
export function clamp01(t: number): number {
  return t > 0 ? (t < 1 ? t : 1) : 0;
}

/** A piecewise-linear colour scale through evenly spaced stops: t = 0 gives the first stop, t = 1 the last. */
export function sequentialColour(stops: Rgb[], t: number): Rgb {
  if (stops.length === 0) return GREY;
  if (stops.length === 1) return stops[0];
  const position = clamp01(t) * (stops.length - 1);
  const index = Math.min(Math.floor(position), stops.length - 2);
  return mixRgb(stops[index], stops[index + 1], position - index);
}

/**
 * A diverging scale around a neutral middle: v in [−1, 1] (clamped), −1 → `negative`,
 * 0 → `middle`, +1 → `positive`, linear on each side.
 */
export function divergingColour(negative: Rgb, middle: Rgb, positive: Rgb, v: number): Rgb {
  const k = Math.max(-1, Math.min(1, Number.isNaN(v) ? 0 : v));
  return k < 0 ? mixRgb(middle, negative, -k) : mixRgb(middle, positive, k);
}

/** n colours evenly along a sequential scale, first to last (one colour: the scale's end). */
export function spreadColours(stops: Rgb[], n: number): string[] {
  if (n <= 1) return n === 1 ? [toHex(sequentialColour(stops, 1))] : [];
  return Array.from({ length: n }, (_, i) => toHex(sequentialColour(stops, i / (n - 1))));
}
