/** Number and shape formatting shared by the canvas, the toolbar and the panels. */

/** A count with thousands separators ("12,345"). */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The tensor shape a node outputs, batch first ("[batch, 8]"); "[batch, ?]" while unknown. */
export function shapeLabel(width: number | null | undefined): string {
  return `[batch, ${width ?? '?'}]`;
}

/** "1 param" / "1,234 params". */
export function paramsLabel(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'param' : 'params'}`;
}
