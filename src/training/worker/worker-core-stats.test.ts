// Gradient statistics while playing: a run that ends within a second still reports a sample at
// many sampled steps, in order, each the statistics of the weights at its own step.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../data/index';
import { createEngine } from '../engine';
import type { FromWorker, TrainingDocument } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import { playToEnd } from '../test-support/play';
import { prepareDocumentData } from './worker-core';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const document: TrainingDocument = {
  graph: mlp({ hidden: [10], activation: 'relu' }),
  data: { ...DEFAULT_DATASET, kind: 'moons', samples: 200 },
  training: trainingConfig({
    seed: 3,
    batchSize: 0,
    epochs: 1000,
    statsEvery: 10,
    optimizer: { name: 'sgd', learningRate: 0.2 },
  }),
};

type Stats = Extract<FromWorker, { type: 'stats' }>;

describe('statistics while playing', () => {
  // The tfjs engine on cpu takes milliseconds a step, so its slices (one report each) are made
  // long enough to hold many sampled steps, as a fast backend's would.
  it.each([
    ['fast', undefined],
    ['tfjs', 400],
  ] as const)(
    'a 1000-step run on the %s engine reports samples at many sampled steps, strictly in order, each true to the weights at its step',
    async (kind, sliceMs) => {
      const messages = await playToEnd(document, { engine: kind, sliceMs });
      const stats = messages.filter((m): m is Stats => m.type === 'stats' && m.step > 0);

      // Far more than one sample per report (the run takes about ten reports at most).
      const reports = messages.filter((m) => m.type === 'progress').length;
      expect(stats.length).toBeGreaterThanOrEqual(Math.min(50, 4 * reports));
      stats.slice(1).forEach((s, i) => expect(s.step).toBeGreaterThan(stats[i].step));
      stats.forEach((s) => expect(s.step % 10).toBe(0));

      // Replayed on a fresh engine from the same seed, a sample at its step has the same gradient norms.
      const { engine, choice } = createEngine(document, prepareDocumentData(document), { engine: kind });
      expect(choice.kind).toBe(kind);
      try {
        for (const reported of [stats[0], stats[Math.floor(stats.length / 2)], stats.at(-1)!]) {
          await engine.step(reported.step - engine.counters.step);
          const direct = await engine.collectStats();
          expect(direct.step).toBe(reported.step);
          const norms = (s: { layers: Stats['layers'] }) =>
            s.layers.flatMap((l) => l.parameters.map((p) => p.gradNorm));
          if (kind === 'fast') expect(norms(reported)).toEqual(norms(direct));
          // The tfjs engine's kernels may sum in another order from one call to the next.
          else norms(reported).forEach((n, i) => expect(n).toBeCloseTo(norms(direct)[i], 5));
          expect(norms(reported).length).toBeGreaterThan(0);
        }
      } finally {
        engine.dispose();
      }
    },
  );
});
