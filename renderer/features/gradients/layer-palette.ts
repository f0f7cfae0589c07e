/**
 * Line styles of the gradient chart's layers: a colour-blind-safe qualitative palette (Okabe and
 * Ito's, without the yellow a projector washes out), first layer and last layer the two most
 * different hues, and a dash once the colours run out, so that no two lines look alike.
 */

/** A layer's line: its colour and an SVG dash string ('' for solid). */
export interface LayerLineStyle {
  colour: string;
  dash: string;
}

/** Dash patterns for the second and third passes through the palette. */
const DASHES = ['7 4', '2 3'];

/**
 * The style of each of `n` layers, input to output: the first takes palette[0], the last
 * palette[1], the ones between the remaining colours solid, then every colour dashed, then dotted.
 */
export function layerLineStyles(n: number, palette: readonly string[]): LayerLineStyle[] {
  if (n <= 0 || palette.length === 0) return [];
  const first = { colour: palette[0], dash: '' };
  if (n === 1) return [first];
  const looks: LayerLineStyle[] = [
    ...palette.slice(2).map((colour) => ({ colour, dash: '' })),
    ...DASHES.flatMap((dash) => palette.map((colour) => ({ colour, dash }))),
  ];
  const middle = (k: number) => looks[k % looks.length];
  return Array.from({ length: n }, (_, i) =>
    i === 0 ? first : i === n - 1 ? { colour: palette[1 % palette.length], dash: '' } : middle(i - 1),
  );
}
