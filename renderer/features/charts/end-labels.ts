/** Where the names written at the right-hand end of a chart's lines go, so that none overlaps another. */

/** A line's last point (y in CSS pixels, down) and the text to write beside it. */
export interface LineEnd {
  key: string;
  y: number;
  text: string;
}

/** A placed label: the line it names and the y of its centre. */
export interface PlacedLabel extends LineEnd {
  labelY: number;
}

/**
 * Places one label per line end as near its line's y as it can, at least `gap` apart and inside
 * [top, bottom]: sorted by y, pushed down past the previous label, then pulled back up from the
 * bottom where the column ran over. When they cannot all fit, they share the height evenly.
 */
export function placeEndLabels(ends: readonly LineEnd[], top: number, bottom: number, gap: number): PlacedLabel[] {
  const sorted = ends
    .filter((e) => Number.isFinite(e.y))
    .slice()
    .sort((a, b) => a.y - b.y);
  if (sorted.length === 0) return [];
  const room = bottom - top;
  const step = sorted.length > 1 && gap * (sorted.length - 1) > room ? room / (sorted.length - 1) : gap;
  const ys = sorted.map((e) => Math.min(bottom, Math.max(top, e.y)));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i], ys[i - 1] + step);
  if (ys[ys.length - 1] > bottom) {
    ys[ys.length - 1] = bottom;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i], ys[i + 1] - step);
  }
  return sorted.map((e, i) => ({ ...e, labelY: ys[i] }));
}
