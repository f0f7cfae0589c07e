// Moments by training progress and paced runs, through the worker core as the app drives it.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATASET } from '../../data/index';
import { appendMoments, MOMENT_CAP } from '../moments';
import { transferablesOf, type FromWorker, type TrainingDocument } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import { playToEnd } from '../test-support/play';
import type { EngineKind } from '../engine';
import { WorkerCore } from './worker-core';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const moons = (epochs: number, epochsPerSecond?: number): TrainingDocument => ({
  graph: mlp({ hidden: [8], activation: 'tanh' }),
  data: { ...DEFAULT_DATASET, kind: 'moons', samples: 200 },
  training: {
    ...trainingConfig({ seed: 5, batchSize: 0, epochs, optimizer: { name: 'sgd', learningRate: 0.3 } }),
    ...(epochsPerSecond ? { epochsPerSecond } : {}),
  },
});

type Moment = Extract<FromWorker, { type: 'moment' }>;
const momentsOf = (messages: FromWorker[]) => messages.filter((m): m is Moment => m.type === 'moment');

describe('moments of a run', () => {
  it('a 1000-epoch moons run at full speed leaves at least 100 moments, spread over the run, never more than the cap kept', async () => {
    const messages = await playToEnd(moons(1000), { engine: 'fast', moments: { resolution: 8 } });
    const sent = momentsOf(messages);
    expect(sent.every((m) => m.kept && m.resolution === 8 && m.values.length === 64)).toBe(true);
    let kept: Moment[] = [];
    let stride = 1;
    for (const moment of sent) {
      ({ moments: kept, stride } = appendMoments(kept, [moment], stride));
      expect(kept.length).toBeLessThanOrEqual(MOMENT_CAP);
    }
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept[0].step).toBe(0);
    expect(kept.at(-1)!.step).toBeGreaterThanOrEqual(980);
    // The boundary moves over the run: the first and last moments differ.
    expect(Array.from(kept[0].values)).not.toEqual(Array.from(kept.at(-1)!.values));
  });

  it.each<EngineKind>(['fast', 'tfjs'])(
    'each kept moment carries the weights the %s engine had at its step, as a replay to that step reads them',
    async (engine) => {
      const sent = momentsOf(await playToEnd(moons(40), { engine, moments: { resolution: 4 } })).filter((m) => m.kept);
      expect(sent.length).toBeGreaterThan(20);
      expect(sent.every((m) => m.weights && m.weights.length === 4)).toBe(true);
      const first = sent[0].weights!;
      const middle = sent.find((m) => m.step === 17) ?? sent[Math.floor(sent.length / 2)];
      // The weights change over the run: the first moment's are not the middle one's.
      expect(Array.from(middle.weights![0].values)).not.toEqual(Array.from(first[0].values));
      const replies: FromWorker[] = [];
      const replay = new WorkerCore({ post: (m) => replies.push(m) });
      try {
        await replay.handle({ type: 'init', document: moons(40), backend: 'cpu', engine });
        await replay.handle({ type: 'step', batches: middle.step });
        await replay.handle({ type: 'getWeights' });
        const read = replies.find((m): m is Extract<FromWorker, { type: 'weights' }> => m.type === 'weights')!;
        expect(read.weights.map((w) => `${w.nodeId}/${w.name}`)).toEqual(
          middle.weights!.map((w) => `${w.nodeId}/${w.name}`),
        );
        read.weights.forEach((w, i) => expect(Array.from(middle.weights![i].values)).toEqual(Array.from(w.values)));
      } finally {
        await replay.handle({ type: 'dispose' });
      }
    },
  );

  it("transferring a moment's weights, as a real worker does, leaves the tfjs engine's own weights intact", async () => {
    const messages: FromWorker[] = [];
    // What postMessage does with the transfer list: the buffers move to the copy and are detached here.
    const core = new WorkerCore({ post: (m) => messages.push(structuredClone(m, { transfer: transferablesOf(m) })) });
    try {
      await core.handle({
        type: 'init',
        document: moons(20),
        backend: 'cpu',
        engine: 'tfjs',
        moments: { resolution: 4 },
      });
      await core.handle({ type: 'play' });
      await vi.waitFor(() => expect(messages.some((m) => m.type === 'stopped')).toBe(true), {
        timeout: 30_000,
        interval: 20,
      });
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
      expect(messages.find((m) => m.type === 'stopped')).toEqual({ type: 'stopped', reason: 'finished' });
      const sent = momentsOf(messages).filter((m) => m.weights);
      expect(sent.length).toBeGreaterThan(10);
      expect(sent.every((m) => m.weights!.every((w) => w.values.every(Number.isFinite)))).toBe(true);
    } finally {
      await core.handle({ type: 'dispose' });
    }
  });

  it('takes no moments unless asked, so headless runs pay nothing', async () => {
    const messages = await playToEnd(moons(50), { engine: 'fast' });
    expect(momentsOf(messages)).toHaveLength(0);
  });
});

describe('a paced run', () => {
  it(
    'plays 100 epochs at 50 epochs per second over about 2 s of its clock, charting every epoch and refreshing ' +
      'the statistics',
    async () => {
      let clock = 0;
      const messages = await playToEnd(moons(100, 50), {
        engine: 'fast',
        moments: { resolution: 8 },
        core: { now: () => clock, wait: async (ms) => void (clock += ms) },
      });
      expect(messages.at(-1)).toEqual({ type: 'stopped', reason: 'finished' });
      expect(clock).toBeGreaterThanOrEqual(1900);
      expect(clock).toBeLessThanOrEqual(2100);
      const points = messages.flatMap((m) => (m.type === 'progress' ? (m.points ?? []) : []));
      expect(points.map((p) => p.epoch)).toEqual(Array.from({ length: 101 }, (_, i) => i));
      const progress = messages.filter((m) => m.type === 'progress' && m.running);
      expect(progress.length).toBeGreaterThanOrEqual(20);
      expect(progress.every((m) => m.type === 'progress' && m.stepsPerSecond === 50)).toBe(true);
      expect(messages.filter((m) => m.type === 'stats').length).toBeGreaterThanOrEqual(10);
    },
  );
});

describe('misclassified counts', () => {
  it('each metric point counts the samples each split gets wrong, matching its accuracy', async () => {
    const messages = await playToEnd(moons(30), { engine: 'fast' });
    const points = messages.flatMap((m) => (m.type === 'progress' ? (m.points ?? []) : []));
    expect(points.length).toBeGreaterThan(5);
    // 200 moons, a fifth held out for validation.
    for (const p of points) {
      expect(p.trainMisclassified).toBe(Math.round((1 - (p.trainAccuracy as number)) * 160));
      expect(p.validationMisclassified).toBe(Math.round((1 - (p.validationAccuracy as number)) * 40));
    }
    expect(points[0].trainMisclassified).toBeGreaterThan(points.at(-1)!.trainMisclassified as number);
  });
});
