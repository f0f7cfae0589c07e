import { describe, expect, it } from 'vitest';
import { divergingColour, mixRgb, parseColour, sequentialColour, spreadColours, toHex, type Rgb } from './colours';

const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];
const WHITE: Rgb = [255, 255, 255];

describe('colour parsing', () => {
  it('reads long and short hex and the rgb() form computed styles give', () => {
    expect(parseColour('#2f6fde')).toEqual([0x2f, 0x6f, 0xde]);
    expect(parseColour(' #fA0 ')).toEqual([255, 170, 0]);
    expect(parseColour('rgb(12, 34, 56)')).toEqual([12, 34, 56]);
    expect(parseColour('rgba(1 2 3 / 0.5)')).toEqual([1, 2, 3]);
  });

  it('falls back to grey for what it cannot read', () => {
    expect(parseColour('var(--x)')).toEqual([128, 128, 128]);
  });

  it('round-trips through hex', () => {
    expect(toHex(parseColour('#0e9fb8'))).toBe('#0e9fb8');
    expect(toHex([300, -5, 127.6])).toBe('#ff0080');
  });
});

describe('scales', () => {
  it('mixes linearly and clamps the fraction', () => {
    expect(mixRgb(RED, BLUE, 0.25)).toEqual([191.25, 0, 63.75]);
    expect(mixRgb(RED, BLUE, -1)).toEqual(RED);
    expect(mixRgb(RED, BLUE, 2)).toEqual(BLUE);
  });

  it('walks a sequential scale through its stops', () => {
    const stops = [RED, WHITE, BLUE];
    expect(sequentialColour(stops, 0)).toEqual(RED);
    expect(sequentialColour(stops, 0.5)).toEqual(WHITE);
    expect(sequentialColour(stops, 1)).toEqual(BLUE);
    expect(sequentialColour(stops, 0.75)).toEqual([127.5, 127.5, 255]);
  });

  it('diverges from the middle colour to either end', () => {
    expect(divergingColour(BLUE, WHITE, RED, 0)).toEqual(WHITE);
    expect(divergingColour(BLUE, WHITE, RED, -1)).toEqual(BLUE);
    expect(divergingColour(BLUE, WHITE, RED, 5)).toEqual(RED);
    expect(divergingColour(BLUE, WHITE, RED, 0.5)).toEqual([255, 127.5, 127.5]);
  });

  it('spreads n colours from the first stop to the last', () => {
    const colours = spreadColours([RED, BLUE], 3);
    expect(colours).toEqual(['#ff0000', '#800080', '#0000ff']);
    expect(spreadColours([RED, BLUE], 0)).toEqual([]);
  });
});
