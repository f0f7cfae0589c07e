/**
 * Reads the structure of a GIF file (header, logical screen, frames with their delays) by walking
 * its blocks as the GIF89a specification lays them out: what a decoder sees, for tests and checks.
 */

/** What a GIF holds. */
export interface GifInfo {
  version: string;
  width: number;
  height: number;
  frames: { width: number; height: number; delayMs: number }[];
  loops: boolean;
}

function skipSubBlocks(bytes: Uint8Array, at: number): number {
  let p = at;
  while (bytes[p] !== 0) {
    if (p >= bytes.length) throw new Error('The GIF ends inside a data block.');
    p += bytes[p] + 1;
  }
  return p + 1;
}

/** Parses `bytes` as a GIF; throws on anything that is not a well-formed GIF87a/89a stream ending in its trailer. */
export function parseGif(bytes: Uint8Array): GifInfo {
  const version = String.fromCharCode(...bytes.subarray(0, 6));
  if (version !== 'GIF89a' && version !== 'GIF87a') throw new Error(`Not a GIF: the file starts with '${version}'.`);
  const u16 = (p: number) => bytes[p] | (bytes[p + 1] << 8);
  const info: GifInfo = { version, width: u16(6), height: u16(8), frames: [], loops: false };
  const flags = bytes[10];
  let p = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  let delay = 0;
  for (;;) {
    const introducer = bytes[p];
    if (introducer === 0x3b) return info;
    if (introducer === 0x21) {
      const label = bytes[p + 1];
      if (label === 0xf9) delay = u16(p + 4) * 10;
      if (label === 0xff && String.fromCharCode(...bytes.subarray(p + 3, p + 14)) === 'NETSCAPE2.0') info.loops = true;
      p = skipSubBlocks(bytes, p + 2);
    } else if (introducer === 0x2c) {
      const localFlags = bytes[p + 9];
      info.frames.push({ width: u16(p + 5), height: u16(p + 7), delayMs: delay });
      p += 10 + (localFlags & 0x80 ? 3 * 2 ** ((localFlags & 7) + 1) : 0);
      p = skipSubBlocks(bytes, p + 1); // LZW minimum code size, then the image data
      delay = 0;
    } else {
      throw new Error(`Unexpected block 0x${(introducer ?? 0).toString(16)} at byte ${p} of the GIF.`);
    }
  }
}
