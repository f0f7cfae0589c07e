/**
 * The plane a dataset of more than two columns is drawn over: its projection (PCA or two columns), the points of both
 * splits projected onto it, the padded bounds of those points, and the map from plane points to network inputs.
 */
import { paddedRange, type PlaneBounds, type PreparedData } from './prepare';
import {
  planeProjection,
  projectRows,
  unprojectPoints,
  type PlaneProjection,
  type ProjectionChoice,
} from './projection';

/** A projected plane, ready for a decision grid over it and for drawing the samples on it. */
export interface ProjectedPlane {
  projection: PlaneProjection;
  /** The projected points, (a, b) interleaved, in the order of each split's rows. */
  points: { train: Float32Array; validation: Float32Array };
  /** The padded range of every projected point (the decision grid spans it). */
  bounds: PlaneBounds;
  /** Maps n plane points ((a, b) interleaved) to network inputs: back to raw rows, then as the training rows were mapped. */
  transform(points: Float32Array, n: number): Float32Array;
}

/**
 * The plane of `choice` through prepared data of more than two columns (the projection is measured on the training
 * rows); null for data of one or two columns, whose own plane is drawn instead.
 */
export function projectedPlane(
  prepared: Pick<PreparedData, 'raw' | 'mapRows'>,
  choice: ProjectionChoice,
): ProjectedPlane | null {
  const { train, validation } = prepared.raw;
  if (train.features <= 2) return null;
  const projection = planeProjection(train, choice);
  const points = {
    train: projectRows(projection, train.x, train.n),
    validation: projectRows(projection, validation.x, validation.n),
  };
  const n = train.n + validation.n;
  const coordinate = (k: number) => (i: number) =>
    i < train.n ? points.train[i * 2 + k] : points.validation[(i - train.n) * 2 + k];
  return {
    projection,
    points,
    bounds: { x1: paddedRange(n, coordinate(0)), x2: paddedRange(n, coordinate(1)) },
    transform: (plane, count) => prepared.mapRows(unprojectPoints(projection, plane, count), count),
  };
}
