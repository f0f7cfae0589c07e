import { describe, expect, it } from 'vitest';
import { layerLineStyles } from './layer-palette';

const PALETTE = ['#first', '#last', '#m1', '#m2', '#m3'];

describe('layerLineStyles', () => {
  it("gives the first and last layers the palette's first two colours and the ones between the rest", () => {
    expect(layerLineStyles(4, PALETTE).map((s) => s.colour)).toEqual(['#first', '#m1', '#m2', '#last']);
    expect(layerLineStyles(1, PALETTE)).toEqual([{ colour: '#first', dash: '' }]);
    expect(layerLineStyles(0, PALETTE)).toEqual([]);
  });

  it('never draws two layers alike: past the palette, colours repeat with a dash', () => {
    const styles = layerLineStyles(12, PALETTE);
    const looks = styles.map((s) => `${s.colour}|${s.dash}`);
    expect(new Set(looks).size).toBe(12);
    expect(styles[4]).toEqual({ colour: '#first', dash: '7 4' });
  });
});
