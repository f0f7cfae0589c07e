// The views of data with more than two columns: grids over a projected plane, and each sample's predicted class.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, type DatasetSpec } from '../../data/index';
import { createEngine } from '../engine';
import type { FromWorker, TrainingDocument } from './protocol';
import { trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import type { TrainingEngine } from '../engine';
import { WorkerCore, prepareDocumentData } from './worker-core';
import { ViewSupport } from './worker-core-views';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Three classes in five columns: each class shifts a different pair of columns. */
function fiveColumnSpec(): DatasetSpec {
  const lines = ['a,b,c,d,e,kind'];
  for (let i = 0; i < 90; i++) {
    const k = i % 3;
    const v = (j: number) => (Math.sin(i * (j + 2.3)) + (j === k || j === k + 2 ? 2.5 : 0)).toFixed(3);
    lines.push(`${v(0)},${v(1)},${v(2)},${v(3)},${v(4)},k${k}`);
  }
  const csv = { fileName: 'five.csv', text: lines.join('\n'), targetColumn: 'kind', targetKind: 'class' as const };
  return { ...DEFAULT_DATASET, kind: 'csv', validationSplit: 0.3, standardize: true, csv };
}

const fiveColumns: TrainingDocument = {
  graph: mlp({
    inputs: 5,
    hidden: [6],
    activation: 'tanh',
    outputUnits: 3,
    finalActivation: 'softmax',
    loss: 'categoricalCrossentropy',
  }),
  data: fiveColumnSpec(),
  training: trainingConfig({ seed: 3, batchSize: 16, epochs: 50, optimizer: { name: 'adam', learningRate: 0.05 } }),
};

type Grid = Extract<FromWorker, { type: 'grid' }>;

async function withCore(document: TrainingDocument, use: (core: WorkerCore, messages: FromWorker[]) => Promise<void>) {
  const messages: FromWorker[] = [];
  const core = new WorkerCore({ post: (m) => messages.push(m) });
  try {
    await core.handle({ type: 'init', document, backend: 'cpu', engine: 'fast' });
    await use(core, messages);
  } finally {
    await core.handle({ type: 'dispose' });
  }
}

async function gridOf(core: WorkerCore, messages: FromWorker[]): Promise<Grid> {
  await core.handle({ type: 'requestGrid', resolution: 6 });
  const grid = messages.filter((m): m is Grid => m.type === 'grid').at(-1);
  if (!grid) throw new Error('no grid came');
  return grid;
}

describe('grids of data with more than two columns', () => {
  it('are drawn over the PCA plane and carry each sample’s predicted class, which agrees with the accuracy', async () => {
    await withCore(fiveColumns, async (core, messages) => {
      await core.handle({ type: 'step', batches: 20 });
      const grid = await gridOf(core, messages);
      expect(grid.projection).toEqual({ kind: 'pca' });
      expect(grid.channels).toBe(2);
      expect(grid.values.length).toBe(6 * 6 * 2);
      const data = prepareDocumentData(fiveColumns);
      const predictions = grid.predictions;
      if (!predictions) throw new Error('no predictions came');
      expect(predictions.train.length).toBe(data.train.n);
      expect(predictions.validation.length).toBe(data.validation.n);
      const progress = messages.filter((m) => m.type === 'progress').at(-1);
      const accuracy = progress?.type === 'progress' ? progress.metrics?.validationAccuracy : null;
      const correct = predictions.validation.filter((p, i) => p === data.validation.y[i]).length;
      expect(correct / data.validation.n).toBeCloseTo(accuracy as number, 10);
      // Trained a little, the network tells the classes apart: not every cell predicts the same class.
      const cellClasses = new Set(grid.values.filter((_, i) => i % 2 === 0));
      expect(cellClasses.size).toBeGreaterThan(1);
    });
  });

  it('follow the chosen plane: two columns give another grid, named in the message', async () => {
    await withCore(fiveColumns, async (core, messages) => {
      await core.handle({ type: 'step', batches: 20 });
      const pca = await gridOf(core, messages);
      await core.handle({ type: 'setProjection', projection: { kind: 'features', x: 0, y: 3 } });
      const columns = await gridOf(core, messages);
      expect(columns.projection).toEqual({ kind: 'features', x: 0, y: 3 });
      expect([...columns.values]).not.toEqual([...pca.values]);
    });
  });

  it('leave data of two columns on its own plane, still with predictions', async () => {
    const moons: TrainingDocument = {
      graph: mlp({ hidden: [4], activation: 'tanh' }),
      data: { ...DEFAULT_DATASET, kind: 'moons', samples: 60 },
      training: trainingConfig({ seed: 1, batchSize: 16, epochs: 5 }),
    };
    await withCore(moons, async (core, messages) => {
      const grid = await gridOf(core, messages);
      expect(grid.projection).toBeUndefined();
      expect(grid.predictions?.validation.length).toBe(prepareDocumentData(moons).validation.n);
    });
  });
});

describe('predictRows', () => {
  it('gives the same predictions on the fast and the tfjs engine from the same initial weights', async () => {
    const data = prepareDocumentData(fiveColumns);
    const fast = createEngine(fiveColumns, data, { engine: 'fast' }).engine;
    const tfjs = createEngine(fiveColumns, data, { engine: 'tfjs' }).engine;
    try {
      const a = await fast.predictRows(data.validation.x, data.validation.n);
      const b = await tfjs.predictRows(data.validation.x, data.validation.n);
      expect(a.length).toBe(data.validation.n * 2);
      expect(b.length).toBe(a.length);
      a.forEach((value, i) => expect(b[i]).toBeCloseTo(value, 5));
    } finally {
      fast.dispose();
      tfjs.dispose();
    }
  });
});

describe('ViewSupport', () => {
  it('takes predictions at most a fifth of the time, and always when a grid is asked for', async () => {
    let now = 0;
    const rows = { x: new Float32Array(4), y: Float32Array.from([0, 1]), n: 2 };
    const engine = {
      predictRows: async (_x: Float32Array, n: number) => {
        now += 5;
        return new Float32Array(n).fill(0.9);
      },
      decisionGrid: async (resolution: number) => new Float32Array(resolution * resolution),
    } as unknown as TrainingEngine;
    const views = new ViewSupport(() => now);
    views.setData({
      train: rows,
      validation: rows,
      inputWidth: 2,
      task: 'binary',
      classes: 2,
      bounds: { x1: [0, 1], x2: [0, 1] },
      transform: (x) => x,
    });
    const predicted = async (always = false) => (await views.grid(engine, 2, always)).extras.predictions;
    // Training and validation predictions took 10 ms: the next are due 50 ms after they ended.
    expect([...((await predicted())?.validation ?? [])]).toEqual([1, 1]);
    now = 40;
    expect(await predicted()).toBeUndefined();
    expect(await predicted(true)).toBeDefined();
    now = 110;
    expect(await predicted()).toBeDefined();
  });
});
