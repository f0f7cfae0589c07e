// Dense, true metric history: a fast run reports many points, each at its own step, each equal to
// a direct evaluation of the weights at that step (replayed on a fresh engine from the same seed).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../data/index';
import type { MetricPoint } from '../../project/types';
import { createEngine } from '../engine';
import type { FromWorker, TrainingDocument } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import { playToEnd as play } from '../test-support/play';
import { prepareDocumentData } from './worker-core';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const moons = (epochs: number, batchSize: number): TrainingDocument => ({
  graph: mlp({ hidden: [8], activation: 'tanh' }),
  data: { ...DEFAULT_DATASET, kind: 'moons', samples: 200 },
  training: trainingConfig({ seed: 5, batchSize, epochs, optimizer: { name: 'sgd', learningRate: 0.3 } }),
});

/** Plays a document to the end on the fast engine and returns every metric point the progress reports carried. */
async function playToEnd(document: TrainingDocument): Promise<{ points: MetricPoint[]; messages: FromWorker[] }> {
  const messages = await play(document, { engine: 'fast' });
  const points = messages.flatMap((m) => (m.type === 'progress' ? (m.points ?? []) : []));
  return { points, messages };
}

describe('metric points while playing', () => {
  it('a 1000-epoch full-batch moons run yields ≥ 100 points at strictly increasing steps, the last at the final step', async () => {
    const { points, messages } = await playToEnd(moons(1000, 0));
    expect(messages.at(-1)).toEqual({ type: 'stopped', reason: 'finished' });
    expect(points.length).toBeGreaterThanOrEqual(100);
    expect(points.length).toBeLessThanOrEqual(1001);
    points.slice(1).forEach((p, i) => expect(p.step).toBeGreaterThan(points[i].step));
    expect(points[0].step).toBe(0);
    expect(points.at(-1)?.step).toBe(1000);
    // Full batch: one step per epoch.
    points.forEach((p) => expect(p.epoch).toBe(p.step));
  });

  it('each point equals a direct evaluation of the weights at its step', async () => {
    const document = moons(200, 16);
    const { points } = await playToEnd(document);
    expect(points.length).toBeGreaterThanOrEqual(100);
    const { engine } = createEngine(document, prepareDocumentData(document), { engine: 'fast' });
    try {
      const checked = [points[1], points[Math.floor(points.length / 2)], points.at(-1) as MetricPoint];
      for (const point of checked) {
        await engine.step(point.step - engine.counters.step);
        expect(engine.counters.step).toBe(point.step);
        expect(engine.counters.epoch).toBe(point.epoch);
        const direct = await engine.evaluate();
        expect(point.trainLoss).toBe(direct.trainLoss);
        expect(point.trainAccuracy).toBe(direct.trainAccuracy);
        expect(point.validationLoss).toBe(direct.validationLoss);
        expect(point.validationAccuracy).toBe(direct.validationAccuracy);
      }
    } finally {
      engine.dispose();
    }
  });
});
