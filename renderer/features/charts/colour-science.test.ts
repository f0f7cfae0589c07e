import { describe, expect, it } from 'vitest';
import { contrastRatio, labToRgb, lightness, mixLab, relativeLuminance, rgbToLab } from './colour-science';
import { parseColour, type Rgb } from './colours';

describe('CIELAB lightness', () => {
  it('is 0 for black, 100 for white and 53.39 for pure red (the published value)', () => {
    expect(lightness([0, 0, 0])).toBeCloseTo(0, 6);
    expect(lightness([255, 255, 255])).toBeCloseTo(100, 3);
    expect(lightness([255, 0, 0])).toBeCloseTo(53.24, 1);
    expect(lightness([128, 128, 128])).toBeCloseTo(53.59, 1);
  });

  it('gives the published a* and b* of pure blue', () => {
    const [l, a, b] = rgbToLab([0, 0, 255]);
    expect(l).toBeCloseTo(32.3, 1);
    expect(a).toBeCloseTo(79.19, 0);
    expect(b).toBeCloseTo(-107.86, 0);
  });

  it('round-trips through Lab for in-gamut colours', () => {
    for (const hex of ['#0072b2', '#d55e00', '#171b21', '#fde725', '#808080']) {
      const rgb = parseColour(hex);
      labToRgb(rgbToLab(rgb)).forEach((v, i) => expect(v).toBeCloseTo(rgb[i], 3));
    }
  });

  it('mixes in Lab so lightness moves linearly', () => {
    const black: Rgb = [0, 0, 0];
    const white: Rgb = [255, 255, 255];
    expect(lightness(mixLab(black, white, 0.25))).toBeCloseTo(25, 3);
    expect(mixLab(black, white, 2)).toEqual(labToRgb(rgbToLab(white)));
  });
});

describe('WCAG contrast', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([40, 90, 200], [40, 90, 200])).toBe(1);
    expect(contrastRatio([255, 255, 255], [118, 118, 118])).toBeCloseTo(
      contrastRatio([118, 118, 118], [255, 255, 255]),
    );
  });

  it('puts #767676 on white just above 4.5:1, the usual smallest grey for text', () => {
    expect(contrastRatio(parseColour('#767676'), [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 6);
  });
});
