// The scales are checked numerically: lightness (CIELAB L*) rises or falls steadily along every
// sequential scale, the diverging map is symmetric in lightness, and the themes name these scales.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeVariables, variable } from '../../styles/css-variables';
import {
  CIVIDIS,
  cssGradient,
  divergingScale,
  namedScale,
  scaleColour,
  SURFACE_STRENGTH,
  VIRIDIS,
} from './colour-maps';
import { contrastRatio, lightness } from './colour-science';
import { mixRgb, parseColour, type Rgb } from './colours';

const SAMPLES = 1000;

/** L* of a scale sampled at SAMPLES + 1 evenly spaced points from t = 0 to 1. */
function lightnessAlong(colourAt: (t: number) => Rgb): number[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => lightness(colourAt(i / SAMPLES)));
}

/** The largest step against `direction` (+1 rising, −1 falling); ≤ 0 means strictly monotonic. */
function worstReversal(values: number[], direction: 1 | -1): number {
  let worst = -Infinity;
  for (let i = 1; i < values.length; i++) worst = Math.max(worst, -direction * (values[i] - values[i - 1]));
  return worst;
}

const css = ['styles/theme.css', 'styles/charts.css']
  .map((sheet) => readFileSync(join(__dirname, '..', '..', sheet), 'utf8'))
  .join('\n');
const themes = themeVariables(css);

describe('sequential scales', () => {
  it.each([
    ['viridis', VIRIDIS],
    ['cividis', CIVIDIS],
  ])('%s rises in lightness at every step, from dark to light', (_name, scale) => {
    const l = lightnessAlong((t) => scaleColour(scale, t));
    expect(worstReversal(l, 1)).toBeLessThan(0);
    expect(l[0]).toBeLessThan(20);
    expect(l[SAMPLES]).toBeGreaterThan(88);
  });

  it('reverses by name and falls back to viridis for a name it does not know', () => {
    expect(namedScale('viridis reversed')).toEqual([...VIRIDIS].reverse());
    expect(namedScale(' Cividis ')).toBe(CIVIDIS);
    expect(namedScale('rainbow')).toBe(VIRIDIS);
    expect(
      cssGradient([
        [0, 0, 0],
        [255, 255, 255],
      ]),
    ).toBe('linear-gradient(90deg, #000000, #ffffff)');
  });
});

describe.each([
  ['light', themes.light],
  ['dark', themes.dark],
])('the %s theme', (_name, theme) => {
  const panel = parseColour(variable(theme, '--panel'));
  const magnitude = namedScale(variable(theme, '--magnitude-map'));
  const values = namedScale(variable(theme, '--value-map'));

  it('tints gradient magnitude along a scale whose lightness moves one way only, away from the page', () => {
    const l = lightnessAlong((t) => scaleColour(magnitude, t));
    const direction = l[SAMPLES] > l[0] ? 1 : -1;
    expect(worstReversal(l, direction)).toBeLessThan(0);
    expect(Math.abs(l[SAMPLES] - l[0])).toBeGreaterThan(70);
    // A large gradient stands out from the panel; a vanishing one fades into it.
    expect(contrastRatio(scaleColour(magnitude, 1), panel)).toBeGreaterThan(
      contrastRatio(scaleColour(magnitude, 0), panel),
    );
  });

  it('paints the regression surface (the value scale faded over the panel) with monotonic lightness', () => {
    const l = lightnessAlong((t) => mixRgb(panel, scaleColour(values, t), SURFACE_STRENGTH));
    expect(worstReversal(l, 1)).toBeLessThan(0);
  });

  it('maps signed values symmetrically in lightness, darker or lighter than the panel the further from 0', () => {
    const negative = parseColour(variable(theme, '--diverging-negative'));
    const positive = parseColour(variable(theme, '--diverging-positive'));
    const scale = divergingScale({ negative, neutral: panel, positive });
    const below = lightnessAlong((t) => scale(-t));
    const above = lightnessAlong((t) => scale(t));
    for (let i = 0; i <= SAMPLES; i++) expect(Math.abs(below[i] - above[i])).toBeLessThan(0.5);
    const direction = above[SAMPLES] > above[0] ? 1 : -1;
    expect(worstReversal(above, direction)).toBeLessThanOrEqual(0);
    expect(worstReversal(below, direction)).toBeLessThanOrEqual(0);
    expect(Math.abs(above[SAMPLES] - above[0])).toBeGreaterThan(40);
    expect(scale(0)).toEqual(scale(Number.NaN));
  });
});
