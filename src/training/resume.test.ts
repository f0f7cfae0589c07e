// Resuming from saved weights with their counters: both engines take the step, epoch and batch
// position with the weights, so a resumed run counts on and walks the very batches the run it
// resumes would have walked (with SGD, which has no state to lose, it ends on the same weights).
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../data/index';
import { createEngine, type EngineKind, type TrainingEngine } from './engine';
import type { FromWorker, TrainingDocument } from './worker/protocol';
import { trainingConfig } from './test-support/fixtures';
import { mlp } from './test-support/graphs';
import { prepareDocumentData, WorkerCore } from './worker/worker-core';

const document: TrainingDocument = {
  graph: mlp({ hidden: [6], activation: 'tanh' }),
  data: { ...DEFAULT_DATASET, kind: 'moons', samples: 200 },
  training: trainingConfig({ seed: 12, batchSize: 32, epochs: 100, optimizer: { name: 'sgd', learningRate: 0.2 } }),
};
const data = prepareDocumentData(document);
let engines: TrainingEngine[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  engines.forEach((e) => e.dispose());
  engines = [];
});

function engineOf(kind: EngineKind): TrainingEngine {
  const { engine } = createEngine(document, data, { engine: kind, backend: 'cpu' });
  engines.push(engine);
  return engine;
}

describe.each(['fast', 'tfjs'] as const)('the %s engine resumes with its counters', (kind) => {
  it('counts on from the restored position and trains the same batches as the uninterrupted run', async () => {
    const whole = engineOf(kind);
    await whole.step(13);
    const saved = { weights: await whole.getWeights(), at: whole.counters };
    expect(saved.at).toMatchObject({ step: 13, epoch: 2, batchInEpoch: 3 });
    await whole.step(20);

    const resumed = engineOf(kind);
    resumed.setWeights(saved.weights, saved.at);
    expect(resumed.counters).toEqual(saved.at);
    await resumed.step(20);
    expect(resumed.counters).toEqual(whole.counters);
    const [a, b] = [await whole.getWeights(), await resumed.getWeights()];
    b.forEach((w, i) => expect(Array.from(w.values), `${w.nodeId}/${w.name}`).toEqual(Array.from(a[i].values)));
    expect((await resumed.evaluate()).trainLoss).toBe((await whole.evaluate()).trainLoss);
  });

  it('refuses a position outside the epoch, naming the value and the fix, and changes nothing', async () => {
    const engine = engineOf(kind);
    const before = await engine.getWeights();
    const weights = before.map((w) => ({ ...w, values: w.values.map(() => 0.5) }));
    expect(() => engine.setWeights(weights, { step: 10, epoch: 1, batchInEpoch: 5 })).toThrow(
      /batchInEpoch 5 cannot be restored: an epoch has 5 batches, so it must be below 5/,
    );
    expect(() => engine.setWeights(weights, { step: -1, epoch: 0, batchInEpoch: 0 })).toThrow(
      /step -1 .* whole number ≥ 0/,
    );
    expect(engine.counters.step).toBe(0);
    expect(Array.from((await engine.getWeights())[0].values)).toEqual(Array.from(before[0].values));
  });
});

describe('the worker core', () => {
  it('reports the restored counters after setWeights with a position', async () => {
    const messages: FromWorker[] = [];
    const core = new WorkerCore({ post: (m) => messages.push(m) });
    await core.handle({ type: 'init', document, backend: 'cpu' });
    const weights = engineOf('fast');
    await core.handle({
      type: 'setWeights',
      weights: await weights.getWeights(),
      at: { step: 57, epoch: 11, batchInEpoch: 2 },
    });
    const progress = messages
      .filter((m): m is Extract<FromWorker, { type: 'progress' }> => m.type === 'progress')
      .at(-1);
    expect(progress).toMatchObject({ step: 57, epoch: 11, counters: { batchInEpoch: 2, batchesPerEpoch: 5 } });
    expect(progress?.points?.map((p) => p.step)).toEqual([57]);
    await core.handle({ type: 'dispose' });
  });
});
