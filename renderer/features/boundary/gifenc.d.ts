/** Types of the parts of gifenc (which ships none) that the boundary animation uses. */
declare module 'gifenc' {
  /** RGB (or RGBA) palette entries, 0–255. */
  export type Palette = number[][];

  export interface GifEncoder {
    /** Appends one frame of palette indices; delay in milliseconds, repeat 0 loops forever (written with the first frame). */
    writeFrame(
      index: Uint8Array,
      width: number,
      height: number,
      options?: { palette?: Palette; delay?: number; repeat?: number; transparent?: boolean; dispose?: number },
    ): void;
    /** Writes the trailer byte. */
    finish(): void;
    /** A copy of the encoded bytes. */
    bytes(): Uint8Array;
  }

  export function GIFEncoder(options?: { initialCapacity?: number; auto?: boolean }): GifEncoder;
  /** A palette of at most maxColors colours for the RGBA pixels (PNN quantisation). */
  export function quantize(
    rgba: Uint8Array | Uint8ClampedArray,
    maxColors: number,
    options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' },
  ): Palette;
  /** Each pixel's nearest palette index. */
  export function applyPalette(
    rgba: Uint8Array | Uint8ClampedArray,
    palette: Palette,
    format?: 'rgb565' | 'rgb444' | 'rgba4444',
  ): Uint8Array;
}
