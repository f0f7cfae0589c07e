/** What a projected plane is, in words, for the boundary view's caption. */
import type { PlaneProjection } from '../../../src/data/index';

/** "PC1 (41 %) × PC2 (20 %) of the variance", or "a × c, other columns at their means". */
export function planeCaption(projection: PlaneProjection): string {
  const [x, y] = projection.axes;
  if (projection.choice.kind === 'features') return `${x} × ${y}, other columns at their means`;
  const share = (v: number | undefined) => `${Math.round((v ?? 0) * 100)} %`;
  const [a, b] = projection.explained ?? [0, 0];
  return `${x} (${share(a)}) × ${y} (${share(b)}) of the standardised variance`;
}
