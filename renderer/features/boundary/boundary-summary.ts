/**
 * The decision boundary in one sentence, for people who cannot see the picture (screen readers read it as the
 * canvas's description): how much of the plane each class holds and how many held-out points lie in their own
 * class's region, or the range of the predictions for regression.
 */
import type { DecisionGridSnapshot } from '../../store/types';
import type { PlaneData } from './plane-data';

const percent = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(1, whole))} %`;

/** The class a cell predicts (binary: probability of class 1 at least one half). */
function cellClass(grid: Pick<DecisionGridSnapshot, 'channels' | 'values'>, cell: number): number {
  return grid.channels === 2 ? Math.max(0, Math.round(grid.values[cell * 2])) : grid.values[cell] >= 0.5 ? 1 : 0;
}

/** The grid cell nearest a point of the plane (row 0 is the bottom edge, as the grid is drawn). */
function cellAt(plane: PlaneData, resolution: number, x: number, y: number): number {
  const index = (v: number, [low, high]: [number, number]) =>
    Math.min(resolution - 1, Math.max(0, Math.round(((v - low) / (high - low || 1)) * (resolution - 1))));
  return index(y, plane.bounds.x2) * resolution + index(x, plane.bounds.x1);
}

/** One or two sentences saying what the boundary shows at this snapshot. */
export function boundarySummary(
  grid: Pick<DecisionGridSnapshot, 'step' | 'resolution' | 'channels' | 'values'>,
  plane: PlaneData,
): string {
  const at = `Decision boundary at step ${grid.step}`;
  const cells = grid.resolution * grid.resolution;
  if (plane.task === 'regression') {
    let low = Infinity;
    let high = -Infinity;
    for (let cell = 0; cell < cells; cell++) {
      const v = grid.values[cell * grid.channels];
      if (v < low) low = v;
      if (v > high) high = v;
    }
    return `${at}: the predictions over the plane range from ${low.toPrecision(3)} to ${high.toPrecision(3)}.`;
  }
  const names = plane.split.train.classNames;
  // A class is named by its label: "class 0" for the generated sets' numbers, quoted for a table's words.
  const name = (k: number) => {
    const label = names?.[k] ?? String(k);
    return /^\d+$/.test(label) ? `class ${label}` : `'${label}'`;
  };
  const area = new Array<number>(Math.max(2, plane.classes)).fill(0);
  for (let cell = 0; cell < cells; cell++) area[cellClass(grid, cell) % area.length] += 1;
  const shares = area
    .map((count, k) => ({ k, count }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => `${name(c.k)} ${percent(c.count, cells)}`)
    .join(', ');
  let sentence = `${at}: of the plane, ${shares}.`;
  // Where the held-out points sit (data of one column is drawn as a curve, not over a plane).
  const { validation } = plane.split;
  if (plane.features === 2 && validation.n > 0) {
    let inOwn = 0;
    for (let i = 0; i < validation.n; i++) {
      const cell = cellAt(plane, grid.resolution, validation.x[i * 2], validation.x[i * 2 + 1]);
      if (cellClass(grid, cell) === validation.y[i]) inOwn += 1;
    }
    // Over a projected plane a point may sit in another class's region and still be classified right.
    const where = plane.projection ? ' where they project onto this plane' : '';
    sentence += ` ${inOwn} of ${validation.n} validation points lie in their own class's region${where}.`;
  }
  return sentence;
}
