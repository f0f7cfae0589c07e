/**
 * The perceptually uniform scales the live views paint with. Viridis and cividis are rebuilt from
 * their published control points (ten samples of each, evenly spaced), interpolated piecewise in
 * sRGB; both rise monotonically in CIELAB lightness and stay readable with any colour vision. The
 * diverging scale mixes in CIELAB from a neutral middle to two ends of equal lightness, so a
 * weight of −w and one of +w look equally strong.
 */
import { mixLab } from './colour-science';
import { clamp01, parseColour, type Rgb, sequentialColour, toHex } from './colours';

const stops = (hexes: string[]): Rgb[] => hexes.map(parseColour);

/** Viridis (van der Walt and Smith, 2015): dark purple through teal to yellow. */
export const VIRIDIS: Rgb[] = stops([
  '#440154',
  '#482878',
  '#3e4a89',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
]);

/** Cividis (Nuñez, Anderton and Renslow, 2018): navy through grey to yellow, made for red–green colour blindness. */
export const CIVIDIS: Rgb[] = stops([
  '#00204d',
  '#00336f',
  '#39486b',
  '#575c6d',
  '#707173',
  '#8a8779',
  '#a69d75',
  '#c4b56c',
  '#e4cf5b',
  '#ffea46',
]);

/** The scales a theme may name in its CSS (`--magnitude-map`, `--value-map`); "reversed" runs one backwards. */
const MAPS = new Map<string, Rgb[]>([
  ['viridis', VIRIDIS],
  ['cividis', CIVIDIS],
]);

/**
 * The stops of a scale named like 'viridis' or 'viridis reversed' (a theme's CSS value); viridis
 * for a name it does not know, so a typo in a stylesheet still paints a uniform scale.
 */
export function namedScale(name: string): Rgb[] {
  const [base, direction] = name.trim().toLowerCase().split(/\s+/);
  const scale = MAPS.get(base) ?? VIRIDIS;
  return direction === 'reversed' ? [...scale].reverse() : scale;
}

/** A CSS linear-gradient from left to right through a scale's stops (for legends). */
export function cssGradient(scale: Rgb[]): string {
  return `linear-gradient(90deg, ${scale.map((c) => toHex(c)).join(', ')})`;
}

/** The colour at t in [0, 1] along a scale (piecewise linear between its stops). */
export function scaleColour(scale: Rgb[], t: number): Rgb {
  return sequentialColour(scale, clamp01(t));
}

/** The three colours of a diverging map: the negative end, the neutral middle and the positive end. */
export interface DivergingPalette {
  negative: Rgb;
  neutral: Rgb;
  positive: Rgb;
}

/** Entries per side of a diverging lookup table: finer than 8-bit channels can show. */
const SIDE_STEPS = 256;

/**
 * A diverging map as a function of v in [−1, 1] (clamped; NaN is 0): each side mixed in CIELAB from
 * the neutral middle to its end, precomputed into a table so that painting a heatmap costs a lookup.
 */
export function divergingScale(palette: DivergingPalette): (v: number) => Rgb {
  const side = (end: Rgb) =>
    Array.from({ length: SIDE_STEPS + 1 }, (_, i) => mixLab(palette.neutral, end, i / SIDE_STEPS));
  const negative = side(palette.negative);
  const positive = side(palette.positive);
  return (v: number) => {
    const k = Number.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    const index = Math.round(Math.abs(k) * SIDE_STEPS);
    return k < 0 ? negative[index] : positive[index];
  };
}

/** How strongly a fully certain boundary cell shows its colour over the neutral one; below 1 so points stay readable. */
export const SURFACE_STRENGTH = 0.62;
