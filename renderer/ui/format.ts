/** Number and shape formatting shared by the canvas, the toolbar and the panels. */
import { groupDigits } from '../../src/project/light';

/** A count with thousands separators ("12,345"), as toLocaleString('en-US') writes it. */
export function formatCount(n: number): string {
  return groupDigits(Math.round(n));
}

/**
 * The tensor shape a node outputs, batch first ("[B, 8]", B the batch size), the one notation of cards, edges and
 * panels; "[B, ?]" while unknown.
 */
export function shapeLabel(width: number | null | undefined): string {
  return `[B, ${width ?? '?'}]`;
}

/** A short count for tight spots: 950, 12.3k, 1.2M. */
export function formatCompact(n: number): string {
  if (Math.abs(n) < 1000) return String(Math.round(n));
  if (Math.abs(n) < 1_000_000) return `${trimZero((n / 1000).toFixed(n < 10_000 ? 2 : 1))}k`;
  return `${trimZero((n / 1_000_000).toFixed(n < 10_000_000 ? 2 : 1))}M`;
}

function trimZero(text: string): string {
  return text.replace(/\.?0+$/, '');
}

/** "1 param" / "1,234 params". */
export function paramsLabel(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'param' : 'params'}`;
}

/** How tooltips and menus write the shortcut modifier: "⌘" on a Mac, "Ctrl+" elsewhere. */
export const MOD_KEY = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl+';
