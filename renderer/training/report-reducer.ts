/**
 * The pure half of report routing: from the router's bookkeeping (ReportTrack) and one data report of the
 * training worker to the next bookkeeping and the store change it makes. No store, no worker, no clock: the
 * caller passes the resume base, the time and what a finished run's notice reads, applies the update and
 * does the rest (waking waiters, asking again). Ready and error reports change the worker's session and stay
 * with the router.
 */
import { assertNever, type FromWorker, type LayerStats, type TrainingCounters } from '../../src/training/light';
import type { DecisionGridSnapshot, TrainingUpdate } from '../store/types';
import {
  finishedNotice,
  metricPointsOf,
  shiftCounters,
  shiftDivergence,
  shiftStats,
  type CounterBase,
} from './reports';
import type { WeightSnapshot } from './session';

/** Reports older than this are from before a reset or rebuild and are dropped. */
export type Barrier = null | 'ready' | 'stepZero';

/** The router's bookkeeping of one worker's reports. */
export interface ReportTrack {
  barrier: Barrier;
  /** Progress reports still to drop (the rebuild's own, before weights were loaded). */
  skipProgress: number;
  /** The last step charted, so a re-sent evaluation is not charted twice. */
  lastMetricStep: number;
  /** The worker's own counters in its last progress report. */
  raw: TrainingCounters;
  /** Bumped on every reset or rebuild; requests carry the generation they were made in. */
  generation: number;
  gridRequests: number[];
  weightRequests: number[];
  lastGridAt: number;
  lastWeightsAt: number;
  gridStale: boolean;
  weightsStale: boolean;
  /** The data has no 2-D plane: no grid is asked for. */
  planeless: boolean;
  /** The moment whose units were last asked for (null: none, live). */
  momentNeuronStep: number | null;
  /** The backend race's verdict, added to the engine note. */
  racedNote: string | null;
}

/** The reports reduceReport handles. */
export type DataReport = Exclude<FromWorker, { type: 'ready' | 'error' }>;

/** What a report reads besides the track. */
export interface ReportContext {
  base: CounterBase;
  now: number;
  /** The user's epoch limit and the latest layer statistics, for the notice of a run that finished. */
  epochs: number;
  latestLayers: LayerStats[];
}

/** The track after a report, the store change it makes, and what the caller does besides. */
export interface Reduced {
  track: ReportTrack;
  update: TrainingUpdate | null;
  /** Weights the single run now holds (what a fallback resumes from). */
  snapshot?: WeightSnapshot;
  /** A 'weights' report arrived: the callers waiting for one go on. */
  weightsArrived?: boolean;
  /** An answer from before a rebuild: ask for the grids again. */
  askAgain?: boolean;
}

/** A fresh track: nothing asked, everything stale. */
export function initialTrack(): ReportTrack {
  return {
    barrier: null,
    skipProgress: 0,
    lastMetricStep: -1,
    raw: { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 },
    generation: 0,
    gridRequests: [],
    weightRequests: [],
    lastGridAt: -Infinity,
    lastWeightsAt: -Infinity,
    gridStale: true,
    weightsStale: true,
    planeless: false,
    momentNeuronStep: null,
    racedNote: null,
  };
}

const stale = (track: ReportTrack) => ({ ...track, gridStale: true, weightsStale: true });

/** A grid or moment report as the timeline keeps it, at the counters the user sees. */
function gridSnapshot(
  at: TrainingCounters,
  report: Extract<DataReport, { type: 'grid' | 'moment' }>,
): DecisionGridSnapshot {
  const { resolution, channels, values, weights, projection, predictions } = report;
  return {
    step: at.step,
    epoch: at.epoch,
    resolution,
    channels,
    values,
    ...(weights ? { weights } : {}),
    ...(projection ? { projection } : {}),
    ...(predictions ? { predictions } : {}),
  };
}

/** Folds one data report into the track and the store change it makes (null: dropped, or nothing to show). */
export function reduceReport(track: ReportTrack, report: DataReport, context: ReportContext): Reduced {
  const { base } = context;
  const old = track.barrier !== null;
  switch (report.type) {
    case 'raced':
      return { track: { ...track, racedNote: report.note }, update: { patch: { engineNote: report.note } } };
    case 'progress': {
      let next = track;
      if (next.barrier === 'stepZero' && report.step === 0) next = { ...next, barrier: null };
      if (next.barrier !== null) return { track: next, update: null };
      if (next.skipProgress > 0) return { track: { ...next, skipProgress: next.skipProgress - 1 }, update: null };
      if (report.step !== next.raw.step || report.epoch !== next.raw.epoch) next = stale(next);
      // The counters went back (a divergence rolled the run back): the history was cut there too.
      const shownStep = report.step + base.step;
      let lastMetricStep = Math.min(next.lastMetricStep, shownStep);
      // Points arrive oldest first; one at a step already charted (a re-sent final evaluation) is dropped.
      const points = metricPointsOf(report, base).filter((p) => p.step > lastMetricStep);
      if (points.length > 0) lastMetricStep = points[points.length - 1].step;
      return {
        track: { ...next, raw: report.counters, lastMetricStep },
        update: {
          patch: {
            counters: shiftCounters(report.counters, base),
            stepsPerSecond: report.running ? report.stepsPerSecond : 0,
            ...(report.running ? { status: 'running' as const } : {}),
          },
          metrics: points.length > 0 ? points : undefined,
        },
      };
    }
    case 'stats': {
      if (old) return { track, update: null };
      const sample = shiftStats({ step: report.step, epoch: report.epoch, layers: report.layers }, base);
      return { track, update: { stats: [sample], patch: { latestStats: sample } } };
    }
    case 'grid': {
      const [first, ...rest] = track.gridRequests;
      const next = { ...track, gridRequests: rest, lastGridAt: context.now };
      if (old || first !== track.generation) return { track: next, update: null };
      return { track: next, update: { grids: [gridSnapshot(shiftCounters(track.raw, base), report)] } };
    }
    case 'moment': {
      if (old || track.skipProgress > 0) return { track, update: null };
      const at = shiftCounters({ ...track.raw, step: report.step, epoch: report.epoch }, base);
      return { track, update: { grids: [{ ...gridSnapshot(at, report), moment: report.kept }] } };
    }
    case 'weights': {
      // Weights asked for before a rebuild describe the old network's fresh start, not the weights it holds now.
      const outdated = track.weightRequests.length > 0 && track.weightRequests[0] !== track.generation;
      if (old || outdated) return { track, update: null, weightsArrived: true };
      const at = shiftCounters(track.raw, base);
      return {
        track,
        update: { patch: { weights: report.weights, weightsAt: { step: at.step, epoch: at.epoch } } },
        snapshot: { weights: report.weights, at: { step: at.step, epoch: at.epoch, batchInEpoch: at.batchInEpoch } },
        weightsArrived: true,
      };
    }
    case 'neuronGrids': {
      if (report.momentStep !== undefined) {
        if (old || report.momentStep !== track.momentNeuronStep) return { track, update: null };
        return { track, update: { patch: { momentNeuronGrids: { step: report.momentStep, sets: report.grids } } } };
      }
      const [first, ...rest] = track.weightRequests;
      const next = { ...track, weightRequests: rest, lastWeightsAt: context.now };
      if (old) return { track: next, update: null };
      // An answer to a request from before a rebuild: ask again now that the way is clear.
      if (first !== track.generation) return { track: next, update: null, askAgain: true };
      return { track: next, update: { patch: { neuronGrids: report.grids } } };
    }
    case 'diverged': {
      if (old) return { track, update: null };
      const { type: _type, ...divergence } = report;
      return { track, update: { patch: { divergence: shiftDivergence(divergence, base), status: 'diverged' } } };
    }
    case 'stopped':
      return { track: stale(track), update: stoppedUpdate(report, context) };
    default:
      return assertNever(report);
  }
}

function stoppedUpdate(
  report: Extract<FromWorker, { type: 'stopped' }>,
  context: ReportContext,
): TrainingUpdate | null {
  const { reason, earlyStop: early } = report;
  if (reason === 'paused') return { patch: { status: 'paused', stepsPerSecond: 0 } };
  if (reason === 'diverged') return { patch: { status: 'diverged', stepsPerSecond: 0 } };
  if (reason === 'finished' && early) {
    const { base } = context;
    const earlyStop = {
      step: early.step + base.step,
      epoch: early.epoch + base.epoch,
      bestEpoch: early.bestEpoch + base.epoch,
    };
    return { patch: { status: 'paused', stepsPerSecond: 0, notice: early.message, earlyStop } };
  }
  if (reason === 'finished')
    return {
      patch: { status: 'paused', stepsPerSecond: 0, notice: finishedNotice(context.epochs, context.latestLayers) },
    };
  return null;
}
