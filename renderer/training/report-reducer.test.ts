// The pure report reducer: the store change each data report makes, and the bookkeeping that drops stale ones.
import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../../src/training/worker/protocol';
import { initialTrack, reduceReport, type DataReport, type ReportContext } from './report-reducer';
import { progressAt } from './test-support';

const context: ReportContext = { base: { step: 100, epoch: 10 }, now: 5, epochs: 3, latestLayers: [] };
const progress = (step: number, options: Parameters<typeof progressAt>[1] = {}) =>
  progressAt(step, options) as Extract<FromWorker, { type: 'progress' }>;

describe('reduceReport', () => {
  it('shifts a progress report by the resume base and charts each evaluation once', () => {
    const first = reduceReport(initialTrack(), progress(4, { running: true, accuracy: 0.5 }), context);
    expect(first.update?.patch).toMatchObject({ counters: { step: 104, epoch: 10 }, status: 'running' });
    expect(first.update?.metrics?.map((p) => p.step)).toEqual([104]);
    expect(first.track.lastMetricStep).toBe(104);
    const again = reduceReport(first.track, progress(4, { accuracy: 0.5 }), context);
    expect(again.update?.metrics).toBeUndefined();
    expect(again.update?.patch?.stepsPerSecond).toBe(0);
  });

  it('drops reports from before a rebuild until its first progress at step zero', () => {
    const track = { ...initialTrack(), barrier: 'stepZero' as const };
    const stats: DataReport = { type: 'stats', step: 3, epoch: 0, layers: [] };
    expect(reduceReport(track, stats, context).update).toBeNull();
    expect(reduceReport(track, progress(7), context).update).toBeNull();
    const zero = reduceReport(track, progress(0), context);
    expect(zero.track.barrier).toBeNull();
    expect(zero.update?.patch?.counters?.step).toBe(100);
  });

  it('skips the progress reports it was told to skip, and moments while it does', () => {
    const track = { ...initialTrack(), skipProgress: 1 };
    const skipped = reduceReport(track, progress(2), context);
    expect(skipped.update).toBeNull();
    expect(skipped.track.skipProgress).toBe(0);
    const values = new Float32Array(4);
    const moment: DataReport = { type: 'moment', step: 2, epoch: 0, resolution: 2, channels: 1, values, kept: true };
    expect(reduceReport(track, moment, context).update).toBeNull();
    expect(reduceReport(skipped.track, moment, context).update?.grids?.[0]).toMatchObject({ step: 102, moment: true });
  });

  it('keeps a grid only when it answers a request of the current generation', () => {
    const values = new Float32Array(4);
    const grid: DataReport = { type: 'grid', resolution: 2, channels: 1, values };
    const current = reduceReport({ ...initialTrack(), gridRequests: [0] }, grid, context);
    expect(current.update?.grids?.[0]).toMatchObject({ step: 100, epoch: 10, values });
    expect(current.track).toMatchObject({ gridRequests: [], lastGridAt: 5 });
    const old = reduceReport({ ...initialTrack(), generation: 2, gridRequests: [1] }, grid, context);
    expect(old.update).toBeNull();
  });

  it('holds fresh weights as the snapshot a fallback resumes from, and asks again for outdated neuron grids', () => {
    const weights = [{ nodeId: 'a', name: 'kernel', shape: [1, 1], values: new Float32Array(1) }];
    const track = { ...initialTrack(), raw: { step: 6, epoch: 0, batchInEpoch: 6, batchesPerEpoch: 10 } };
    const held = reduceReport(track, { type: 'weights', weights }, context);
    expect(held).toMatchObject({ weightsArrived: true, snapshot: { at: { step: 106, epoch: 10, batchInEpoch: 6 } } });
    const outdated = reduceReport(
      { ...track, generation: 1, weightRequests: [0] },
      { type: 'weights', weights },
      context,
    );
    expect(outdated).toMatchObject({ update: null, weightsArrived: true });
    expect(outdated.snapshot).toBeUndefined();
    const grids = reduceReport(
      { ...track, generation: 1, weightRequests: [0] },
      { type: 'neuronGrids', grids: null },
      context,
    );
    expect(grids).toMatchObject({ update: null, askAgain: true });
  });

  it('pauses on a stop, with the early-stopping notice shifted by the base, and marks the visuals stale', () => {
    const early = { step: 20, epoch: 2, bestEpoch: 1, message: 'Stopped early.' } as never;
    const stopped = reduceReport(
      { ...initialTrack(), gridStale: false },
      { type: 'stopped', reason: 'finished', earlyStop: early },
      context,
    );
    expect(stopped.update?.patch).toMatchObject({
      status: 'paused',
      earlyStop: { step: 120, epoch: 12, bestEpoch: 11 },
    });
    expect(stopped.track.gridStale).toBe(true);
    expect(reduceReport(initialTrack(), { type: 'stopped', reason: 'disposed' }, context).update).toBeNull();
  });
});
