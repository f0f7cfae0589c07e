/**
 * Where an exported chart's title and legend entries go in the band above it: entries flow left to right after the
 * title and wrap to new lines.
 */

/** Height (CSS pixels) of one line of the band. */
export const HEADER_LINE = 18;
/** Space around the band's content. */
export const HEADER_PADDING = 8;
const GAP = 14;

/** The top-left of each legend entry and the band's height. */
export interface HeaderLayout {
  entries: { x: number; line: number }[];
  height: number;
}

/** Lays out entries of `entryWidths` after a title `titleWidth` wide in a band `width` wide. */
export function headerLayout(titleWidth: number, entryWidths: readonly number[], width: number): HeaderLayout {
  const right = width - HEADER_PADDING;
  let x = HEADER_PADDING + (titleWidth > 0 ? titleWidth + 2 * GAP : 0);
  let line = 0;
  const entries = entryWidths.map((w) => {
    if (x + w > right && x > HEADER_PADDING) {
      line += 1;
      x = HEADER_PADDING;
    }
    const at = { x, line };
    x += w + GAP;
    return at;
  });
  return { entries, height: (line + 1) * HEADER_LINE + HEADER_PADDING };
}
