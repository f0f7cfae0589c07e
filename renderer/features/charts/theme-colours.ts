/** The theme's colours as the live views need them, read from the CSS variables of the page. */
import { namedScale } from './colour-maps';
import { parseColour, type Rgb } from './colours';

/** Colours of the current theme: CSS strings for SVG/recharts, RGB channels for pixel painting. */
export interface ThemeColours {
  text: string;
  muted: string;
  grid: string;
  panel: string;
  /** Training series and the filled points. */
  train: string;
  /** Validation series and the hollow points. */
  validation: string;
  /** Class colours (Okabe–Ito), the same ones the dataset preview paints (class i uses classes[i % 8]). */
  classes: Rgb[];
  /** Ends of the diverging map of signed values (weights, unit outputs), of equal CIELAB lightness. */
  negative: Rgb;
  positive: Rgb;
  /** Sequential, lightness-monotonic scale of target values (regression surface and points). */
  values: Rgb[];
  /** The neutral colour heatmaps fade to (the panel behind them). */
  neutral: Rgb;
  /** Sequential scale from the first layer to the last. */
  depth: Rgb[];
  /** The gradient chart's qualitative, colour-blind-safe line colours (first layer, last layer, the rest). */
  layers: string[];
  /** Sequential, lightness-monotonic scale from a small gradient to a large one (the canvas tint). */
  magnitude: Rgb[];
}

const CLASS_COUNT = 8;
const LAYER_COLOURS = 7;

/** Reads the colours through `read` (a CSS variable name → its value). */
export function readThemeColours(read: (name: string) => string): ThemeColours {
  const rgb = (name: string) => parseColour(read(name));
  return {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--border'),
    panel: read('--panel'),
    train: read('--series-train'),
    validation: read('--series-validation'),
    classes: Array.from({ length: CLASS_COUNT }, (_, i) => rgb(`--class-${i}`)),
    negative: rgb('--diverging-negative'),
    positive: rgb('--diverging-positive'),
    values: namedScale(read('--value-map')),
    neutral: rgb('--panel'),
    depth: [rgb('--depth-0'), rgb('--depth-1'), rgb('--depth-2'), rgb('--depth-3')],
    layers: Array.from({ length: LAYER_COLOURS }, (_, i) => read(`--layer-${i}`).trim()),
    magnitude: namedScale(read('--magnitude-map')),
  };
}

/** The class colour for class index `k` (wrapping after eight, as the dataset preview does). */
export function classColour(colours: ThemeColours, k: number): Rgb {
  const i = Math.max(0, Math.round(k)) % colours.classes.length;
  return colours.classes[i];
}
