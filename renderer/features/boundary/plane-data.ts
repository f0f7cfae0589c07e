/**
 * The data the boundary view draws under and over the surface: the raw train/validation points and
 * the plane bounds the engine's decision grid spans (prepareData's bounds, so cells and points line up).
 */
import { prepareData, type DatasetSpec, type SplitDataset, type Task } from '../../../src/data/index';
import { offThreadDataset, READING_TABLE } from '../../store/csv-tables';
import type { AppState } from '../../store/types';
import type { PlaneBounds } from './plot-frame';

/** The points and bounds of a 1- or 2-column dataset. */
export interface PlaneData {
  bounds: PlaneBounds;
  split: SplitDataset;
  task: Task;
  classes: number;
  /** Raw columns: 1 (x against the target) or 2 (x1, x2). */
  features: 1 | 2;
  /** [min, max] of the targets (the regression colour ramp). */
  targetRange: [number, number];
}

/** The plane of a dataset spec, or why there is none (a bad spec, a table of more than 2 columns, a large table still being read). */
export function planeData(spec: DatasetSpec): PlaneData | { error: string } {
  const table = offThreadDataset(spec);
  if (table && 'pending' in table) return { error: READING_TABLE };
  if (table && 'error' in table) return table;
  try {
    // The bounds do not depend on the Input node; 'table' never refuses a wide table, so the width check is ours.
    const prepared = prepareData(spec, { source: 'table', features: [], columns: 0 }, table?.dataset);
    const { raw, bounds } = prepared;
    if (!bounds) {
      return {
        error:
          `The decision boundary is drawn over a plane of 1 or 2 columns; this dataset has ` +
          `${raw.train.features}. The loss and gradient charts still apply.`,
      };
    }
    let min = Infinity;
    let max = -Infinity;
    for (const part of [raw.train, raw.validation]) {
      for (const v of part.y) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    return {
      bounds,
      split: raw,
      task: prepared.task,
      classes: prepared.classes,
      features: raw.train.features === 1 ? 1 : 2,
      targetRange: Number.isFinite(min) ? [min, max] : [0, 1],
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

let lastSpec: DatasetSpec | null = null;
let lastTablesParsed = -1;
let lastPlane: PlaneData | { error: string } = { error: '' };

/** The plane of the document's dataset, memoised on the (immutable) spec and the count of tables parsed off the page's thread. */
export function selectPlaneData(state: Pick<AppState, 'document' | 'view'>): PlaneData | { error: string } {
  if (state.document.data !== lastSpec || state.view.tablesParsed !== lastTablesParsed) {
    lastSpec = state.document.data;
    lastTablesParsed = state.view.tablesParsed;
    lastPlane = planeData(lastSpec);
  }
  return lastPlane;
}
