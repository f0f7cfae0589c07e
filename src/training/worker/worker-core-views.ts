/**
 * What the worker core draws for the views of data with more than two columns: the decision grid over a projected
 * plane (PCA or two columns, src/data/projection.ts), each grid point mapped back to the network's inputs; and, for
 * classification, the class each training and validation sample is predicted as when a grid is drawn.
 */
import { projectedPlane, type PreparedData, type ProjectedPlane } from '../../data/index';
import { PCA_PROJECTION, type ProjectionChoice } from '../../data/projection';
import { predictedClasses } from '../confusion';
import type { TrainingData } from '../device-data';
import type { TrainingEngine } from '../engine';
import { gridPoints } from '../grid';
import type { GridExtras, SplitPredictions } from './protocol';

/** A grid's values with what it adds for the views. */
export interface ViewGrid {
  values: Float32Array;
  extras: GridExtras;
}

/**
 * Predictions are taken at most this share of the time between them: on wide data they cost about as much as the
 * grid, and moments and a paced run's frames come many times a second; the views show the newest ones taken.
 */
const PREDICTION_SHARE = 0.2;

/** Holds the chosen projection and the current data's plane, and draws grids and predictions from an engine. */
export class ViewSupport {
  private choice: ProjectionChoice = PCA_PROJECTION;
  private data: TrainingData | null = null;
  /** The projected plane of the data (lazily measured; null for data of one or two columns), and its grid's inputs. */
  private plane: ProjectedPlane | null | undefined;
  private features: { resolution: number; values: Float32Array } | null = null;
  /** When the last predictions were taken and how long they took (ms), for PREDICTION_SHARE. */
  private predictedAt = -Infinity;
  private predictionMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The data of a freshly built network. */
  setData(data: TrainingData): void {
    this.data = data;
    this.predictedAt = -Infinity;
    this.forgetPlane();
  }

  /** The plane later grids are drawn over. */
  setProjection(choice: ProjectionChoice): void {
    this.choice = choice;
    this.forgetPlane();
  }

  private forgetPlane(): void {
    this.plane = undefined;
    this.features = null;
  }

  /** The projected plane; null for data of one or two columns, or data prepared without its raw rows. */
  private projected(): ProjectedPlane | null {
    if (this.plane === undefined) {
      const data = this.data as Partial<PreparedData> | null;
      const prepared = data?.raw && data.mapRows ? { raw: data.raw, mapRows: data.mapRows } : null;
      try {
        this.plane = prepared ? projectedPlane(prepared, this.choice) : null;
      } catch {
        // Columns picked for other data (the table changed): the grids fall back to PCA rather than stop.
        this.choice = PCA_PROJECTION;
        this.plane = prepared ? projectedPlane(prepared, this.choice) : null;
      }
    }
    return this.plane;
  }

  /**
   * The decision grid at the engine's current weights, over the data's own plane or the projected one; with the
   * samples' predicted classes when asked for (`always`) or when their share of the time allows.
   */
  async grid(trainer: TrainingEngine, resolution: number, always = false): Promise<ViewGrid> {
    const plane = this.projected();
    const now = this.now();
    const due = always || now - this.predictedAt >= this.predictionMs / PREDICTION_SHARE;
    const predictions = due ? await this.predictions(trainer) : undefined;
    if (due) {
      this.predictedAt = this.now();
      this.predictionMs = this.predictedAt - now;
    }
    const extras: GridExtras = predictions ? { predictions } : {};
    if (!plane) return { values: await trainer.decisionGrid(resolution), extras };
    const cells = resolution * resolution;
    if (this.features?.resolution !== resolution)
      this.features = { resolution, values: plane.transform(gridPoints(plane.bounds, resolution), cells) };
    const values = await trainer.predictRows(this.features.values, cells);
    return { values, extras: { ...extras, projection: this.choice } };
  }

  /** The class each training and validation sample is predicted as; undefined for regression. */
  private async predictions(trainer: TrainingEngine): Promise<SplitPredictions | undefined> {
    const data = this.data;
    if (!data || data.task === 'regression') return undefined;
    const classify = async ({ x, n }: TrainingData['train']) => {
      if (n === 0) return new Uint8Array(0);
      const values = await trainer.predictRows(x, n);
      return predictedClasses(values, n, values.length === n ? 1 : 2);
    };
    return { train: await classify(data.train), validation: await classify(data.validation) };
  }
}
