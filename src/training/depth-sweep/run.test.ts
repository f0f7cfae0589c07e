// The depth sweep measures what it says: its gradient norms equal an independent float64 backward
// pass over the same network, weights and rows, and it shows sigmoid's gradient vanishing with depth.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, prepareData } from '../../data/index';
import type { InputParams } from '../../graph/types';
import { DEFAULT_TRAINING } from '../config';
import { mat, referenceGradients, type RefWeights } from '../test-support/reference-mlp';
import { headFor, sweepNetwork } from './network';
import { measureSweepNetwork, runDepthSweep, sweepOrder, trainSweepNetwork, type SweepBase } from './run';
import { DEFAULT_SWEEP_SETTINGS, type DepthSweepSettings } from './settings';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const input: InputParams = { source: 'plane', features: ['x1', 'x2'], columns: 2 };
const base = (changes: Partial<SweepBase['training']> = {}): SweepBase => ({
  input,
  data: prepareData({ ...DEFAULT_DATASET, samples: 200 }, input),
  training: { ...DEFAULT_TRAINING, ...changes },
});
const settings = (changes: Partial<DepthSweepSettings>): DepthSweepSettings => ({
  ...DEFAULT_SWEEP_SETTINGS,
  ...changes,
});

/** ‖g‖₂ of a float64 array. */
const l2 = (values: Float64Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe('depth sweep networks', () => {
  it("stack depth hidden layers of the chosen width, activation and initialiser before the task's head", () => {
    const graph = sweepNetwork(
      input,
      { depth: 3, width: 5, activation: 'tanh', initializer: 'heNormal' },
      headFor('multiclass', 4),
    );
    const kinds = graph.nodes.map((n) =>
      n.kind === 'dense'
        ? `dense:${n.params.units}:${n.params.kernelInitializer.name}`
        : n.kind === 'activation'
          ? n.params.activation
          : n.kind,
    );
    expect(kinds).toEqual([
      'input',
      'dense:5:heNormal',
      'tanh',
      'dense:5:heNormal',
      'tanh',
      'dense:5:heNormal',
      'tanh',
      'dense:4:glorotUniform',
      'softmax',
      'output',
    ]);
    expect(graph.edges).toHaveLength(graph.nodes.length - 1);
    expect(headFor('binary', 2)).toEqual({ units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy' });
    expect(headFor('regression', 1)).toEqual({ units: 1, activation: 'linear', loss: 'meanSquaredError' });
  });

  it('are trained depth by depth with every activation at each depth', () => {
    expect(sweepOrder(settings({ minDepth: 2, maxDepth: 3, activations: ['relu', 'sigmoid'] }))).toEqual([
      { activation: 'relu', depth: 2 },
      { activation: 'sigmoid', depth: 2 },
      { activation: 'relu', depth: 3 },
      { activation: 'sigmoid', depth: 3 },
    ]);
  });
});

describe('a sweep point', () => {
  it.each([
    ['sigmoid', 4, 0],
    ['tanh', 3, 25],
    ['relu', 5, 40],
  ] as const)(
    '%s at depth %i after %i steps: the first and last kernel gradient norms match a float64 backward pass at the same weights',
    async (activation, depth, steps) => {
      const b = base({ batchSize: 32, optimizer: { ...DEFAULT_TRAINING.optimizer, name: 'sgd', learningRate: 0.1 } });
      const s = settings({ width: 8, steps });
      const engine = await trainSweepNetwork(b, s, activation, depth);
      expect(engine.counters.step).toBe(steps);
      const point = await measureSweepNetwork(engine, activation, depth);
      const weights: RefWeights = new Map(
        (await engine.getWeights()).map((w) => [`${w.nodeId}/${w.name}`, Float64Array.from(w.values)]),
      );
      engine.dispose();

      const graph = sweepNetwork(
        input,
        { depth, width: 8, activation, initializer: s.initializer },
        headFor('binary', 2),
      );
      const { train } = b.data;
      const reference = referenceGradients(graph, weights, mat(train.n, 2, train.x), mat(train.n, 1, train.y));
      const first = l2(reference.gradients.get('dense-1/kernel') as Float64Array);
      const last = l2(reference.gradients.get(`dense-${depth + 1}/kernel`) as Float64Array);
      expect(point.firstGradNorm).toBeGreaterThan(0);
      expect(Math.abs(point.firstGradNorm - first) / first).toBeLessThan(1e-3);
      expect(Math.abs(point.lastGradNorm - last) / last).toBeLessThan(1e-3);
      expect(Math.abs(point.trainLoss - reference.loss) / reference.loss).toBeLessThan(1e-4);
    },
  );
});

describe('a sweep over depths 1 to 8', () => {
  it("reports every point in order, and sigmoid's first-layer gradient falls with depth far faster than ReLU's", async () => {
    const s = settings({ minDepth: 1, maxDepth: 8, activations: ['sigmoid', 'relu'], width: 16, steps: 20 });
    const seen: string[] = [];
    const points = await runDepthSweep(base(), s, (p, done, total) =>
      seen.push(`${p.activation}@${p.depth} ${done}/${total}`),
    );
    expect(seen).toHaveLength(16);
    expect(seen[0]).toBe('sigmoid@1 1/16');
    expect(seen[15]).toBe('relu@8 16/16');
    const norm = (activation: string, depth: number) =>
      points.find((p) => p.activation === activation && p.depth === depth)?.firstGradNorm as number;
    const sigmoidFall = norm('sigmoid', 8) / norm('sigmoid', 1);
    const reluFall = norm('relu', 8) / norm('relu', 1);
    expect(sigmoidFall).toBeLessThan(1e-3);
    expect(reluFall).toBeGreaterThan(1e-2);
    expect(reluFall / sigmoidFall).toBeGreaterThan(100);
    expect(norm('sigmoid', 8)).toBeLessThan(norm('relu', 8));
  });
});
