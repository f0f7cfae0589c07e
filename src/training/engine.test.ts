// The engine factory: which engine it picks and why, that both engines come out of it behind one
// interface, that no tfjs tensor outlives either, and that the worker reports the engine it runs.
import * as tf from '@tensorflow/tfjs';
import { EarlyStoppingEngine } from './early-stopping-engine';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../data/index';
import {
  chooseEngine,
  createEngine,
  multiplyAddsPerStep,
  TFJS_FROM_MULTIPLY_ADDS,
  type TrainingEngine,
} from './engine';
import { FastTrainer } from './fast/trainer';
import type { FromWorker } from './worker/protocol';
import { dataFor, trainingConfig } from './test-support/fixtures';
import { GraphBuilder, mlp } from './test-support/graphs';
import { Trainer } from './trainer';
import { WorkerCore } from './worker/worker-core';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const small = mlp({ hidden: [8, 8], activation: 'tanh' });
/** 784 → 256 → 10 on 784 table columns: 128 × (784·256 + 256·10) ≈ 26 M multiply-adds per batch of 128. */
const large = mlp({
  inputs: 784,
  hidden: [256],
  activation: 'relu',
  outputUnits: 10,
  finalActivation: 'softmax',
  loss: 'categoricalCrossentropy',
});
const samples = (n: number) => ({ train: { x: new Float32Array(0), y: new Float32Array(0), n } });

function withDropout() {
  const b = new GraphBuilder();
  const h = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 8 }, [b.add('input')])]);
  b.add('output', {}, [
    b.add('activation', { activation: 'sigmoid' }, [
      b.add('dense', { units: 1 }, [b.add('dropout', { rate: 0.2 }, [h])]),
    ]),
  ]);
  return b.build();
}

describe('chooseEngine', () => {
  const document = (graph = small, batchSize = 32) => ({ graph, training: trainingConfig({ batchSize }) });

  it('counts the multiply-adds of one forward pass of a batch', () => {
    expect(multiplyAddsPerStep(small, 10)).toBe(10 * (2 * 8 + 8 * 8 + 8 * 1));
    expect(multiplyAddsPerStep(large, 128)).toBe(128 * (784 * 256 + 256 * 10));
  });

  it("'auto' picks the fast engine for a small network on every backend, and says why", () => {
    for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu']) {
      const choice = chooseEngine(document(), samples(160), 'auto', backend);
      expect(choice, backend).toMatchObject({ kind: 'fast', requested: 'auto' });
      expect(choice.reason).toContain(`${(32 * 88).toLocaleString('en-US')} multiply-adds`);
    }
  });

  it("'auto' leaves a large network to a GPU backend, but not to WASM or the cpu backend", () => {
    expect(multiplyAddsPerStep(large, 128)).toBeGreaterThan(TFJS_FROM_MULTIPLY_ADDS.webgl);
    for (const backend of ['webgl', 'webgpu']) {
      const choice = chooseEngine(document(large, 128), samples(1000), 'auto', backend);
      expect(choice.kind, backend).toBe('tfjs');
      expect(choice.reason).toMatch(new RegExp(`more than the ${backend} backend's limit`));
    }
    for (const backend of ['wasm', 'cpu'])
      expect(chooseEngine(document(large, 128), samples(1000), 'auto', backend).kind, backend).toBe('fast');
    // Full batch: the work per step grows with the data, and so can the choice.
    expect(chooseEngine(document(small, 0), samples(100_000), 'auto', 'webgl').kind).toBe('tfjs');
  });

  it('falls back to tfjs for a graph with a node the fast engine does not run, naming it, also when fast was asked for', () => {
    const auto = chooseEngine(document(withDropout()), samples(160), 'auto', 'cpu');
    expect(auto).toMatchObject({
      kind: 'tfjs',
      reason: "'dropout 4' is a Dropout node, which only the tfjs engine trains",
    });
    const asked = chooseEngine(document(withDropout()), samples(160), 'fast', 'cpu');
    expect(asked).toMatchObject({ kind: 'tfjs', requested: 'fast' });
    expect(asked.reason).toMatch(/^the fast engine was asked for, but 'dropout 4' is a Dropout node/);
  });

  it('does what it is asked when it can', () => {
    expect(chooseEngine(document(), samples(160), 'tfjs', 'cpu')).toMatchObject({ kind: 'tfjs', requested: 'tfjs' });
    expect(chooseEngine(document(large, 128), samples(1000), 'fast', 'webgl')).toMatchObject({
      kind: 'fast',
      requested: 'fast',
    });
  });
});

describe('createEngine', () => {
  it('builds the chosen engine behind the TrainingEngine interface; no tfjs tensor outlives either', async () => {
    const data = dataFor(small);
    const document = { graph: small, training: trainingConfig({ seed: 2, batchSize: 16, statsEvery: 5 }) };
    const exercise = async (engine: TrainingEngine) => {
      await engine.step(12);
      await engine.collectStats();
      await engine.evaluate();
      await engine.decisionGrid(6);
      await engine.neuronGrids(4);
      engine.setWeights(await engine.getWeights());
      engine.setOptimizer({ ...engine.training.optimizer, name: 'adam', learningRate: 0.01 });
      engine.reset(9);
      await engine.step(3);
    };
    const baseline = tf.memory().numTensors;
    const kinds: string[] = [];
    for (const preference of ['auto', 'tfjs', 'fast'] as const) {
      const { engine, choice } = createEngine(document, data, { engine: preference, backend: 'cpu' });
      expect(engine.kind).toBe(choice.kind);
      // Both engines come wrapped for early stopping.
      expect(engine).toBeInstanceOf(EarlyStoppingEngine);
      expect((engine as EarlyStoppingEngine).inner).toBeInstanceOf(choice.kind === 'fast' ? FastTrainer : Trainer);
      kinds.push(engine.kind);
      // The fast engine holds no tensor at any point: its tfjs model is freed as soon as its weights are read.
      if (engine.kind === 'fast') expect(tf.memory().numTensors).toBe(baseline);
      await exercise(engine);
      if (engine.kind === 'fast') expect(tf.memory().numTensors).toBe(baseline);
      else expect(tf.memory().numTensors).toBeGreaterThan(baseline);
      engine.dispose();
      engine.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    }
    expect(kinds).toEqual(['fast', 'tfjs', 'fast']);
  });

  it('gives both engines the same layout and initial weights', async () => {
    const data = dataFor(small);
    const document = { graph: small, training: trainingConfig({ seed: 4 }) };
    const fast = createEngine(document, data, { engine: 'fast' }).engine;
    const tfjs = createEngine(document, data, { engine: 'tfjs' }).engine;
    expect(fast.layout).toEqual(tfjs.layout);
    expect(fast.layout.linearNodeIds).toEqual(['dense-2', 'dense-4', 'dense-6']);
    expect(await fast.getWeights()).toEqual(await tfjs.getWeights());
    fast.dispose();
    tfjs.dispose();
  });
});

describe('WorkerCore with createEngine', () => {
  let cores: WorkerCore[] = [];
  afterEach(async () => {
    for (const core of cores) await core.handle({ type: 'dispose' });
    cores = [];
  });

  function harness() {
    const messages: FromWorker[] = [];
    const core = new WorkerCore({ post: (m) => messages.push(m), sliceMs: 10, metricsEveryMs: 0 });
    cores.push(core);
    return { core, messages };
  }
  const document = (graph = small) => ({
    graph,
    data: { ...DEFAULT_DATASET },
    training: trainingConfig({ seed: 1, batchSize: 32, epochs: 2 }),
  });

  it('reports the engine in ready (with the reason) and in progress; the init message can ask for one', async () => {
    const fast = harness();
    await fast.core.handle({ type: 'init', document: document(), backend: 'cpu' });
    expect(fast.messages[0]).toMatchObject({
      type: 'ready',
      backend: 'cpu',
      engine: 'fast',
      engineReason: expect.stringContaining('fast engine'),
    });
    expect(fast.messages[1]).toMatchObject({ type: 'progress', engine: 'fast' });
    expect(fast.core.engine?.kind).toBe('fast');

    const tfjs = harness();
    await tfjs.core.handle({ type: 'init', document: document(), backend: 'cpu', engine: 'tfjs' });
    expect(tfjs.messages[0]).toMatchObject({
      type: 'ready',
      engine: 'tfjs',
      engineReason: 'the tfjs engine was asked for',
    });
    await tfjs.core.handle({ type: 'step', batches: 2 });
    expect(tfjs.messages.filter((m) => m.type === 'progress').at(-1)).toMatchObject({ step: 2, engine: 'tfjs' });
  });

  it('keeps the asked-for engine across a rebuild, and falls back to tfjs for a graph the fast engine does not run', async () => {
    const h = harness();
    await h.core.handle({ type: 'init', document: document(), backend: 'cpu', engine: 'fast' });
    await h.core.handle({ type: 'updateDocument', document: document(withDropout()) });
    const readies = h.messages.filter((m): m is Extract<FromWorker, { type: 'ready' }> => m.type === 'ready');
    expect(readies.map((r) => r.engine)).toEqual(['fast', 'tfjs']);
    expect(readies[1].engineReason).toMatch(/^the fast engine was asked for, but 'dropout 4'/);
    await h.core.handle({ type: 'updateDocument', document: document() });
    expect(h.messages.filter((m) => m.type === 'ready').at(-1)).toMatchObject({ engine: 'fast' });
  });
});

describe('the engine choice explains itself without judging size', () => {
  it('never calls the work of a huge step "small enough" (4e10 multiply-adds on WASM)', () => {
    const wide = mlp({ inputs: 1024, hidden: [1024, 1024, 1024, 1024], activation: 'relu' });
    const rows = 1e4;
    expect(multiplyAddsPerStep(wide, rows)).toBeGreaterThan(4e10);
    const choice = chooseEngine(
      { graph: wide, training: trainingConfig({ batchSize: 0 }) },
      samples(rows),
      'auto',
      'wasm',
    );
    expect(choice.kind).toBe('fast');
    expect(choice.reason).not.toContain('small enough');
    expect(choice.reason).toContain('does not beat at any size measured');
  });
});

describe('the resource budget stops both engines before any tensor exists', () => {
  const plane = (hidden: number[]) => mlp({ hidden, activation: 'relu' });

  it('refuses 248 Linear-1024 layers with the parameter count and limit, and leaves no tensor behind', () => {
    const huge = plane(Array.from({ length: 248 }, () => 1024));
    const data = dataFor(huge, { samples: 40 });
    for (const engine of ['fast', 'tfjs'] as const) {
      const before = tf.memory().numTensors;
      expect(
        () =>
          createEngine({ graph: huge, training: trainingConfig({ batchSize: 8 }) }, data, { engine, backend: 'cpu' }),
        engine,
      ).toThrow(/259,255,297 parameters; the limit is 50,000,000/);
      expect(tf.memory().numTensors, engine).toBe(before);
    }
  });

  it('refuses a step of more multiply-adds than the budget, naming the batch', () => {
    const wide = plane([1024, 1024, 1024, 1024, 1024]); // about 4.2 M multiply-adds per sample
    const data = dataFor(wide, { samples: 6000, validationSplit: 0 });
    const before = tf.memory().numTensors;
    expect(() =>
      createEngine({ graph: wide, training: trainingConfig({ batchSize: 0 }) }, data, {
        engine: 'fast',
        backend: 'cpu',
      }),
    ).toThrow(/× a batch of 6,000\); the limit is 20,000,000,000/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
