/**
 * The data the boundary view draws under and over the surface: the raw train/validation points and
 * the plane bounds the engine's decision grid spans (prepareData's bounds, so cells and points line up).
 * Data of more than two columns is drawn projected onto a plane (src/data/projected-plane.ts), as the worker draws
 * its grid.
 */
import {
  prepareData,
  projectedPlane,
  sameProjection,
  PCA_PROJECTION,
  type PlaneProjection,
  type ProjectionChoice,
  type Dataset,
  type DatasetSpec,
  type SplitDataset,
  type Task,
} from '../../../src/data/index';
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
  /** The split as the dataset has it (for data of more than two columns `split` holds its projected points). */
  raw: SplitDataset;
  /** For data of more than two columns, the plane its points and grid are drawn over. */
  projection?: PlaneProjection;
}

/** A split's dataset with its rows replaced by their projected points (2 columns named after the plane's axes). */
function projectedPart(part: Dataset, points: Float32Array, axes: [string, string]): Dataset {
  return { ...part, features: 2, x: points, featureNames: [...axes], image: undefined };
}

/**
 * The plane of a dataset spec (a table of more than 2 columns projected as `projection` says), or why there is none (a
 * bad spec, a large table still being read).
 */
export function planeData(
  spec: DatasetSpec,
  projection: ProjectionChoice = PCA_PROJECTION,
): PlaneData | { error: string } {
  const table = offThreadDataset(spec);
  if (table && 'pending' in table) return { error: READING_TABLE };
  if (table && 'error' in table) return table;
  try {
    // The bounds do not depend on the Input node; 'table' never refuses a wide table, so the width check is ours.
    const prepared = prepareData(spec, { source: 'table', features: [], columns: 0 }, table?.dataset);
    const { raw } = prepared;
    let bounds = prepared.bounds;
    let split = raw;
    let plane: PlaneProjection | undefined;
    if (!bounds) {
      const projected = projectedPlane(prepared, projection);
      if (!projected) return { error: 'This dataset has no plane to draw the decision boundary over.' };
      bounds = projected.bounds;
      plane = projected.projection;
      split = {
        train: projectedPart(raw.train, projected.points.train, plane.axes),
        validation: projectedPart(raw.validation, projected.points.validation, plane.axes),
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
      split,
      task: prepared.task,
      classes: prepared.classes,
      features: raw.train.features === 1 ? 1 : 2,
      targetRange: Number.isFinite(min) ? [min, max] : [0, 1],
      raw,
      ...(plane ? { projection: plane } : {}),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

let lastSpec: DatasetSpec | null = null;
let lastTablesParsed = -1;
/** The planes of the current spec by projection (a pinned moment may have been drawn over another plane than the live one). */
let lastPlanes: { projection: ProjectionChoice; plane: PlaneData | { error: string } }[] = [];

/**
 * The plane of the document's dataset (projected as `projection`, default the view's choice), memoised on the
 * (immutable) spec, the count of tables parsed off the page's thread and the projection.
 */
export function selectPlaneData(
  state: Pick<AppState, 'document' | 'view'>,
  projection: ProjectionChoice = state.view.projection ?? PCA_PROJECTION,
): PlaneData | { error: string } {
  if (state.document.data !== lastSpec || state.view.tablesParsed !== lastTablesParsed) {
    lastSpec = state.document.data;
    lastTablesParsed = state.view.tablesParsed;
    lastPlanes = [];
  }
  const known = lastPlanes.find((p) => sameProjection(p.projection, projection));
  if (known) return known.plane;
  const plane = planeData(lastSpec, projection);
  lastPlanes = [...lastPlanes.slice(-3), { projection, plane }];
  return plane;
}
