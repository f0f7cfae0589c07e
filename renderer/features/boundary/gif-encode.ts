/**
 * Encodes frames as an animated GIF with gifenc: one shared 256-colour palette drawn from the
 * first, middle and last frames (the colours of the whole animation, and no flicker between
 * frames), the frames looping forever, the last one held longer so a room can read the end state.
 */
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

/** One frame: RGBA pixels, row-major. */
export interface GifFrame {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Longest and shortest time one frame stays on screen, and how long the animation should last in all (ms). */
export const FRAME_DELAY = { min: 80, max: 600, total: 8000, lastHold: 2000 } as const;

/** The delay of each of `count` frames: the animation lasts about FRAME_DELAY.total, each frame within [min, max], the last one held. */
export function frameDelays(count: number): number[] {
  const each = Math.round(Math.min(FRAME_DELAY.max, Math.max(FRAME_DELAY.min, FRAME_DELAY.total / Math.max(1, count))));
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? Math.max(each, FRAME_DELAY.lastHold) : each));
}

function samplePixels(frames: readonly GifFrame[]): Uint8ClampedArray {
  const picks = [...new Set([0, Math.floor((frames.length - 1) / 2), frames.length - 1])].map((i) => frames[i]);
  const sample = new Uint8ClampedArray(picks.reduce((sum, f) => sum + f.rgba.length, 0));
  let offset = 0;
  for (const frame of picks) {
    sample.set(frame.rgba, offset);
    offset += frame.rgba.length;
  }
  return sample;
}

/** The GIF89a bytes of `frames` (all of one size), shown for `delays[i]` ms each. Throws when there is no frame or sizes differ. */
export function encodeGif(
  frames: readonly GifFrame[],
  delays: readonly number[] = frameDelays(frames.length),
): Uint8Array {
  if (frames.length === 0)
    throw new Error('There is no frame to animate: train for a few steps first, so the boundary view has snapshots.');
  const { width, height } = frames[0];
  if (frames.some((f) => f.width !== width || f.height !== height || f.rgba.length !== width * height * 4)) {
    throw new Error(`Every frame of the animation must be ${width}×${height} pixels.`);
  }
  const palette = quantize(samplePixels(frames), 256);
  const gif = GIFEncoder();
  frames.forEach((frame, i) => {
    gif.writeFrame(applyPalette(frame.rgba, palette), width, height, {
      palette: i === 0 ? palette : undefined,
      delay: delays[i],
      repeat: 0,
    });
  });
  gif.finish();
  return gif.bytes();
}
