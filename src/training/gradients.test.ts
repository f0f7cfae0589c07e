// Acceptance: the engine's gradients for every layer kind and loss equal an independent float64
// backward pass written by hand (test-support/reference-mlp.ts), to float32 tolerance.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../data/rng';
import type { ActivationName, Graph, LossName } from '../graph/types';
import { buildModel, type CompiledModel } from './compile';
import { lossAndGradients } from './gradients';
import { lossFunction } from './losses';
import { penaltyTerms } from './objective';
import { expectCloseArrays } from './test-support/compare';
import { GraphBuilder, mlp } from './test-support/graphs';
import { mat, referenceGradients, type Mat, type RefPenalty, type RefWeights } from './test-support/reference-mlp';

const ROWS = 8;
let compiled: CompiledModel | null = null;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  compiled?.dispose();
  compiled = null;
});

function randomMat(rows: number, cols: number, seed: number, scale = 1): Mat {
  const rng = createRng(seed);
  return mat(
    rows,
    cols,
    Array.from({ length: rows * cols }, () => rng.normal() * scale),
  );
}

/** Targets fitting a loss: 0/1 for BCE, one-hot rows for CCE, normals for MSE. */
function targetsFor(loss: LossName, width: number, seed: number): Mat {
  const rng = createRng(seed);
  const t = mat(ROWS, width);
  for (let i = 0; i < ROWS; i++) {
    if (loss === 'categoricalCrossentropy') t.data[i * width + rng.int(width)] = 1;
    else
      for (let j = 0; j < width; j++) t.data[i * width + j] = loss === 'binaryCrossentropy' ? rng.int(2) : rng.normal();
  }
  return t;
}

/** Gives every trainable weight random values (γ around 1), so no gradient hides behind a zero bias. */
function randomizeWeights(model: CompiledModel, seed: number): RefWeights {
  const rng = createRng(seed);
  const weights: RefWeights = new Map();
  for (const w of model.trainableWeights) {
    const shape = w.variable.read().shape;
    const values = Float32Array.from(
      { length: shape.reduce((a, b) => a * b, 1) },
      () => (w.name === 'gamma' ? 1 : 0) + rng.normal() * 0.6,
    );
    const t = tf.tensor(values, shape);
    w.variable.write(t);
    t.dispose();
    weights.set(`${w.nodeId}/${w.name}`, Float64Array.from(values));
  }
  return weights;
}

/** Runs the engine and the reference on the same weights, data and dropout masks, and compares everything. */
async function expectGradientsMatchReference(graph: Graph, inputs: number, global = { l1: 0, l2: 0 }): Promise<void> {
  compiled = buildModel(graph, { seed: 3 });
  const model = compiled;
  const weights = randomizeWeights(model, 11);
  const x = randomMat(ROWS, inputs, 5);
  const targets = targetsFor(model.loss, model.outputWidth, 9);
  model.dropoutLayers.forEach((layer, i) => (layer.stepSeed = 77 + i));
  const terms = penaltyTerms(model, global);
  const result = tf.tidy(() => {
    const r = lossAndGradients(
      model,
      lossFunction(model.loss, model.head),
      terms,
      tf.tensor2d(Float32Array.from(x.data), [ROWS, inputs]),
      tf.tensor2d(Float32Array.from(targets.data), [ROWS, model.outputWidth]),
      true,
    );
    return { loss: r.loss, gradients: r.gradients, outputs: r.outputs };
  });
  const dropoutMasks = new Map<string, Mat>();
  for (const node of graph.nodes.filter((n) => n.kind === 'dropout')) {
    const out = (await result.outputs[model.outputIndex.nodes.get(node.id) as number].data()) as Float32Array;
    dropoutMasks.set(
      node.id,
      mat(
        ROWS,
        out.length / ROWS,
        Array.from(out, (v) => (v !== 0 ? 1 : 0)),
      ),
    );
  }
  const penalty: RefPenalty = new Map(terms.map((t) => [t.nodeId, { l1: t.l1, l2: t.l2 }]));
  const reference = referenceGradients(graph, weights, x, targets, { dropoutMasks, penalty });
  expectCloseArrays(
    [await result.loss.data()].map((d) => d[0]),
    [reference.loss],
    'loss',
  );
  for (const [i, w] of model.trainableWeights.entries()) {
    expectCloseArrays(
      await result.gradients[i].data(),
      reference.gradients.get(`${w.nodeId}/${w.name}`) as Float64Array,
      `∂L/∂${w.nodeId}/${w.name}`,
    );
  }
  expect(model.trainableWeights.length).toBe(reference.gradients.size);
  tf.dispose([result.loss, ...result.gradients, ...result.outputs]);
}

describe('gradients equal the float64 reference', () => {
  it('Linear with bias, Tanh, Sigmoid + binary cross-entropy (from logits)', async () => {
    await expectGradientsMatchReference(mlp({ inputs: 3, hidden: [4], activation: 'tanh' }), 3);
  });

  it('Linear without bias + mean squared error', async () => {
    const b = new GraphBuilder();
    const h = b.add('dense', { units: 4, useBias: false }, [b.add('input', { source: 'table', columns: 3 })]);
    const o = b.add('dense', { units: 2, useBias: false }, [b.add('activation', { activation: 'sigmoid' }, [h])]);
    b.add('output', { loss: 'meanSquaredError' }, [o]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  const activations: [ActivationName, number][] = [
    ['sigmoid', 0],
    ['tanh', 0],
    ['relu', 0],
    ['softplus', 0],
    ['gelu', 0],
    ['linear', 0],
    ['leakyRelu', 0.2],
    ['elu', 0.5],
    ['elu', 1],
  ];
  it.each(activations)('activation %s (alpha %s)', async (activation, alpha) => {
    const b = new GraphBuilder();
    const h = b.add('dense', { units: 5 }, [b.add('input', { source: 'table', columns: 3 })]);
    const a = b.add('activation', { activation, alpha }, [h]);
    b.add('output', { loss: 'meanSquaredError' }, [b.add('dense', { units: 2 }, [a])]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  it('Softmax + categorical cross-entropy (from logits)', async () => {
    await expectGradientsMatchReference(
      mlp({
        inputs: 2,
        hidden: [5],
        activation: 'elu',
        outputUnits: 3,
        finalActivation: 'softmax',
        loss: 'categoricalCrossentropy',
      }),
      2,
    );
  });

  it('Softmax inside the graph (its Jacobian), scored by mean squared error', async () => {
    await expectGradientsMatchReference(
      mlp({
        inputs: 2,
        hidden: [4],
        activation: 'relu',
        outputUnits: 3,
        finalActivation: 'softmax',
        loss: 'meanSquaredError',
      }),
      2,
    );
  });

  it('Dropout in training mode, mask read off the forward output', async () => {
    const b = new GraphBuilder();
    const h = b.add('dense', { units: 6 }, [b.add('input', { source: 'table', columns: 3 })]);
    const d = b.add('dropout', { rate: 0.4 }, [h]);
    const o = b.add('dense', { units: 1 }, [b.add('activation', { activation: 'tanh' }, [d])]);
    b.add('output', { loss: 'meanSquaredError' }, [o]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  it('BatchNorm in training mode (batch mean and biased variance)', async () => {
    const b = new GraphBuilder();
    const h = b.add('dense', { units: 4 }, [b.add('input', { source: 'table', columns: 3 })]);
    const n = b.add('batchNorm', { epsilon: 0.001 }, [h]);
    const o = b.add('dense', { units: 1 }, [b.add('activation', { activation: 'relu' }, [n])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [o])]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  it('Add as a skip connection (a node feeding two consumers)', async () => {
    const b = new GraphBuilder();
    const t = b.add('activation', { activation: 'tanh' }, [
      b.add('dense', { units: 4 }, [b.add('input', { source: 'table', columns: 3 })]),
    ]);
    const r = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 4 }, [t])]);
    const sum = b.add('add', {}, [t, r]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [sum])])]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  it('Concat of two branches in edge order', async () => {
    const b = new GraphBuilder();
    const input = b.add('input', { source: 'table', columns: 3 });
    const left = b.add('activation', { activation: 'tanh' }, [b.add('dense', { units: 3 }, [input])]);
    const right = b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 2 }, [input])]);
    const joined = b.add('concat', {}, [right, left]);
    const o = b.add('activation', { activation: 'softmax' }, [b.add('dense', { units: 3 }, [joined])]);
    b.add('output', { loss: 'categoricalCrossentropy' }, [o]);
    await expectGradientsMatchReference(b.build(), 3);
  });

  it('L1 and L2 penalties, per node plus global', async () => {
    const b = new GraphBuilder();
    const h = b.add('dense', { units: 4, l1: 0.01, l2: 0.05 }, [b.add('input', { source: 'table', columns: 3 })]);
    const o = b.add('dense', { units: 1, l2: 0.1 }, [b.add('activation', { activation: 'gelu' }, [h])]);
    b.add('output', { loss: 'meanSquaredError' }, [o]);
    await expectGradientsMatchReference(b.build(), 3, { l1: 0.002, l2: 0.003 });
  });
});
