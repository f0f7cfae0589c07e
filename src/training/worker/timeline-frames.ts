/**
 * The decision grids a training run sends on its own: moments kept on the timeline (on the schedule of
 * moments.ts, their cost bounded by how long grids take) and a paced run's live frames, each drawn over the
 * data's plane (worker-core-views.ts) and carrying what the class views need.
 */
import type { ProjectionChoice } from '../../data/projection';
import { PCA_PROJECTION } from '../../data/projection';
import type { TrainingConfig } from '../config';
import type { TrainingEngine } from '../engine';
import { EARLY_SHARE, momentFloor, MomentSchedule } from '../moments';
import type { TrainingData } from '../device-data';
import type { CoreReport } from './protocol';
import { weightCopies } from './worker-core-support';
import { ViewSupport, type ViewGrid } from './worker-core-views';

/** The moments and live frames of one worker's runs. */
export class TimelineFrames {
  /** The grid resolution of moments; null when none are taken (not asked for, or the data has no plane). */
  private resolution: number | null = null;
  private readonly schedule = new MomentSchedule();
  private readonly views: ViewSupport;
  private frameAt = -Infinity;
  private lastGridStep = -1;
  /** Smoothed milliseconds one moment takes, which bounds how many are taken at full speed. */
  private gridMs = 0;

  constructor(
    private readonly post: (message: CoreReport) => void,
    private readonly now: () => number,
  ) {
    this.views = new ViewSupport(now);
  }

  /** Takes moments at `moments.resolution` over its plane (PCA by default); none when `moments` is absent. */
  start(moments: { resolution: number; projection?: ProjectionChoice } | undefined): void {
    this.resolution = moments?.resolution ?? null;
    this.views.setProjection(moments?.projection ?? PCA_PROJECTION);
  }

  /** The plane later grids of data with more than two columns are drawn over. */
  setProjection(projection: ProjectionChoice): void {
    this.views.setProjection(projection);
  }

  /** The data of a freshly built network, for its plane and the samples' predicted classes. */
  setData(data: TrainingData): void {
    this.views.setData(data);
  }

  /** Starts the moment schedule over (a reset, new weights, a rebuild). */
  restart(): void {
    this.schedule.restart();
  }

  /** Steps until the next moment is due; Infinity when none are taken. */
  stepsToNext(step: number): number {
    return this.resolution === null ? Infinity : this.schedule.stepsToNext(step);
  }

  /** A grid the page asked for, at `resolution`, with the extras of wide data. */
  requested(trainer: TrainingEngine, resolution: number): Promise<ViewGrid> {
    return this.views.grid(trainer, resolution, true);
  }

  /** Takes the moment due at the current step, if any: the decision grid and the weights, sent to be kept. */
  async takeMoment(trainer: TrainingEngine, training: TrainingConfig | undefined, stepMs: number): Promise<void> {
    if (this.resolution === null) return;
    const { step, batchesPerEpoch } = trainer.counters;
    const planned = (training?.epochs ?? Infinity) * Math.max(1, batchesPerEpoch);
    // A paced run has time to spare: every moment is taken. At full speed their cost is kept in bounds.
    const floor = training?.epochsPerSecond ? 1 : momentFloor(planned, stepMs, this.gridMs);
    this.schedule.setFloor(floor, planned * EARLY_SHARE);
    if (!this.schedule.due(step)) return;
    this.schedule.record(step);
    const t0 = this.now();
    await this.postGrid(trainer, true);
    const ms = this.now() - t0;
    this.gridMs = this.gridMs === 0 ? ms : 0.8 * this.gridMs + 0.2 * ms;
  }

  /** Whether a paced run's next live frame is due (at most one every `everyMs`); marks it taken when it is. */
  frameDue(everyMs: number): boolean {
    const now = this.now();
    if (now - this.frameAt < everyMs) return false;
    this.frameAt = now;
    return true;
  }

  /** A live frame's grid, unless a moment is due here or a grid was just sent at this step. */
  async liveGrid(trainer: TrainingEngine): Promise<void> {
    const { step } = trainer.counters;
    if (this.resolution !== null && !this.schedule.due(step) && this.lastGridStep !== step)
      await this.postGrid(trainer, false);
  }

  /** Posts the decision grid at the current step; data without a plane turns moments off for this network. */
  private async postGrid(trainer: TrainingEngine, kept: boolean): Promise<void> {
    const resolution = this.resolution;
    if (resolution === null) return;
    let grid: ViewGrid;
    try {
      grid = await this.views.grid(trainer, resolution);
    } catch {
      this.resolution = null;
      return;
    }
    const { step, epoch } = trainer.counters;
    this.lastGridStep = step;
    // A kept moment carries the weights too (timed with the grid, so the floor bounds their cost as well).
    const weights = kept ? await weightCopies(trainer) : undefined;
    this.post({
      type: 'moment',
      step,
      epoch,
      resolution,
      channels: grid.values.length === resolution ** 2 ? 1 : 2,
      values: grid.values,
      kept,
      ...(weights ? { weights } : {}),
      ...grid.extras,
    });
  }
}
