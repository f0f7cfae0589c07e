import { describe, expect, it } from 'vitest';
import { encodeGif, FRAME_DELAY, frameDelays, type GifFrame } from './gif-encode';
import { parseGif } from './gif-parse';

/** A frame filled with one colour, with a square of another whose position moves with `i`. */
function frame(i: number, width = 40, height = 30): GifFrame {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x >= i && x < i + 8 && y >= 5 && y < 13;
      rgba.set(inside ? [200, 40, 40, 255] : [240, 240, 250, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width, height };
}

describe('encodeGif', () => {
  it("writes a looping GIF89a with one frame per input frame, at the frames' size and delays", () => {
    const frames = Array.from({ length: 7 }, (_, i) => frame(i * 4));
    const delays = frameDelays(frames.length);
    const info = parseGif(encodeGif(frames, delays));
    expect(info.version).toBe('GIF89a');
    expect([info.width, info.height]).toEqual([40, 30]);
    expect(info.loops).toBe(true);
    expect(info.frames).toHaveLength(7);
    expect(info.frames.every((f) => f.width === 40 && f.height === 30)).toBe(true);
    expect(info.frames.map((f) => f.delayMs)).toEqual(delays.map((d) => Math.round(d / 10) * 10));
  });

  it('refuses no frames and frames of different sizes with a sentence saying what to do', () => {
    expect(() => encodeGif([])).toThrow(/train for a few steps first/);
    expect(() => encodeGif([frame(0), frame(1, 30, 30)])).toThrow(/must be 40×30 pixels/);
  });
});

describe('frameDelays', () => {
  it('spreads the animation over about eight seconds within the limits and holds the last frame', () => {
    expect(frameDelays(1)).toEqual([FRAME_DELAY.lastHold]);
    const many = frameDelays(120);
    expect(many.slice(0, -1).every((d) => d === FRAME_DELAY.min)).toBe(true);
    const few = frameDelays(4);
    expect(few.slice(0, -1).every((d) => d === FRAME_DELAY.max)).toBe(true);
    expect(few[3]).toBe(FRAME_DELAY.lastHold);
    const forty = frameDelays(40);
    expect(forty[0]).toBe(200);
  });
});
