/**
 * The QR code of a link as an SVG path, for a code projected on a screen: error correction level
 * L (a projector is a clean medium, and the fewest modules make the largest ones, which a phone
 * reads from furthest away) and a four-module quiet zone, as the standard asks.
 */
import { create } from 'qrcode';

/** Width of the light margin around the code, in modules (ISO/IEC 18004 asks for at least 4). */
export const QUIET_ZONE = 4;

/** A QR code ready to draw: its version, modules per side (without the quiet zone), and the path of its dark modules. */
export interface QrPicture {
  version: number;
  size: number;
  /** The SVG viewBox side: size plus the quiet zone on both sides. */
  side: number;
  /** One subpath per horizontal run of dark modules, in module units, offset by the quiet zone. */
  path: string;
}

/** Draws `text` as a QR code; throws an Error saying how long the text is when no QR code can hold it. */
export function qrPicture(text: string): QrPicture {
  let code: ReturnType<typeof create>;
  try {
    code = create(text, { errorCorrectionLevel: 'L' });
  } catch (error) {
    throw new Error(
      `A QR code holds at most 2,953 bytes and this link has ${text.length.toLocaleString('en')}; share the link ` +
        `itself, or save the lesson as a .mlp file.`,
      { cause: error },
    );
  }
  const { size } = code.modules;
  const dark = (row: number, col: number) => Boolean(code.modules.get(row, col));
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { version: code.version, size, side: size + 2 * QUIET_ZONE, path: parts.join('') };
}
