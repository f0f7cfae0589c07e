/**
 * Colour measurement from first principles: sRGB decoded to linear light, CIE XYZ (D65), CIELAB
 * lightness and back, and the WCAG relative luminance and contrast ratio. Pure, so the scales and
 * the themes' text colours are checked numerically in Node.
 */
import type { Rgb } from './colours';

/** A CIELAB colour: L* (0 black … 100 white), a* (green − / red +), b* (blue − / yellow +). */
export type Lab = [number, number, number];

// The D65 white point (Y = 1) and the CIE constants of the L* curve, ε = (6/29)³ and κ = (29/3)³.
const WHITE: [number, number, number] = [0.95047, 1, 1.08883];
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

/** One sRGB channel (0–255) decoded to linear light (0–1) by the sRGB transfer curve. */
export function srgbToLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** One linear-light channel (0–1) encoded back to sRGB (0–255, unrounded, clamped). */
export function linearToSrgb(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
}

/** The CIE XYZ of an sRGB colour (D65, Y = 1 for white). */
export function rgbToXyz(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(srgbToLinear);
  return [
    0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
    0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    0.0193339 * r + 0.119192 * g + 0.9503041 * b,
  ];
}

const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116);
const fInverse = (t: number) => (t ** 3 > EPSILON ? t ** 3 : (116 * t - 16) / KAPPA);

/** The CIELAB coordinates of an sRGB colour. */
export function rgbToLab(rgb: Rgb): Lab {
  const [x, y, z] = rgbToXyz(rgb);
  const fx = f(x / WHITE[0]);
  const fy = f(y / WHITE[1]);
  const fz = f(z / WHITE[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** The sRGB colour (0–255 channels, clamped to the gamut) of CIELAB coordinates. */
export function labToRgb(lab: Lab): Rgb {
  const fy = (lab[0] + 16) / 116;
  const x = WHITE[0] * fInverse(fy + lab[1] / 500);
  const y = WHITE[1] * fInverse(fy);
  const z = WHITE[2] * fInverse(fy - lab[2] / 200);
  const r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
  const g = -0.969266 * x + 1.8760108 * y + 0.041556 * z;
  const b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
  return [linearToSrgb(r), linearToSrgb(g), linearToSrgb(b)];
}

/** CIELAB lightness L* of an sRGB colour: 0 for black, 100 for white, equal steps looking equal. */
export function lightness(rgb: Rgb): number {
  return rgbToLab(rgb)[0];
}

/** The WCAG 2 relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(srgbToLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio (L1 + 0.05) / (L2 + 0.05) of two colours, from 1 (equal) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour a fraction t (clamped to [0, 1]) of the way from a to b, mixed in CIELAB so lightness changes evenly. */
export function mixLab(a: Rgb, b: Rgb, t: number): Rgb {
  const k = t > 0 ? (t < 1 ? t : 1) : 0;
  const la = rgbToLab(a);
  const lb = rgbToLab(b);
  return labToRgb([la[0] + (lb[0] - la[0]) * k, la[1] + (lb[1] - la[1]) * k, la[2] + (lb[2] - la[2]) * k]);
}
