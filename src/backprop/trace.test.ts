// The trace against the notebook's worked example (written out step by step below) and against
// finite differences of its own loss on random networks of every kind it supports.
import { describe, expect, it } from 'vitest';
import { createRng } from '../data/rng';
import type { ActivationName, Graph, LossName } from '../graph/types';
import { GraphBuilder } from '../training/test-support/graphs';
import { traceBackprop, traceCaveats, type WeightLookup } from './trace';

/** Input x (1 column) → Linear(2) → Sigmoid → Linear(1) → Sigmoid → Output(MSE): the 1-2-1 net of the notebook. */
function oneTwoOne(): Graph {
  const b = new GraphBuilder();
  const x = b.add('input', { source: 'table', columns: 1 });
  const l1 = b.add('dense', { units: 2 }, [x]);
  const s1 = b.add('activation', { activation: 'sigmoid' }, [l1]);
  const l2 = b.add('dense', { units: 1 }, [s1]);
  const s2 = b.add('activation', { activation: 'sigmoid' }, [l2]);
  b.add('output', { loss: 'meanSquaredError' }, [s2]);
  return b.build();
}

/** The notebook's weights: w1, w2 into the hidden units, b1, b2 their biases, w3 shared by both hidden-to-output weights, b3. */
const NOTEBOOK = new Map<string, number[]>([
  ['dense-2/kernel', [0.2, -0.3]],
  ['dense-2/bias', [0.4, -0.5]],
  ['dense-4/kernel', [0.1, 0.1]],
  ['dense-4/bias', [0.2]],
]);
const lookupFrom =
  (weights: Map<string, ArrayLike<number>>): WeightLookup =>
  (id, name) =>
    weights.get(`${id}/${name}`);

describe('the 1-2-1 sigmoid example (x = 0.5, y = 0.8)', () => {
  // Step by step, as on paper, with L = ½(y − ŷ)².
  const x = 0.5;
  const y = 0.8;
  const s = (v: number) => 1 / (1 + Math.exp(-v));
  const z1 = 0.2 * x + 0.4;
  const z2 = -0.3 * x - 0.5;
  const a1 = s(z1);
  const a2 = s(z2);
  const z3 = 0.1 * a1 + 0.1 * a2 + 0.2;
  const yHat = s(z3);
  const halfLoss = 0.5 * (y - yHat) ** 2;
  const delta3 = (yHat - y) * yHat * (1 - yHat);
  const delta1 = delta3 * 0.1 * a1 * (1 - a1);
  const delta2 = delta3 * 0.1 * a2 * (1 - a2);

  it('computes z and a of every unit as the notebook does', () => {
    const trace = traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x], [y], { halveSquaredError: true });
    const out = (id: string) => trace.nodes.find((n) => n.id === id)?.out;
    expect(z1).toBeCloseTo(0.5, 12);
    expect(out('dense-2')?.[0]).toBeCloseTo(z1, 12);
    expect(out('dense-2')?.[1]).toBeCloseTo(z2, 12);
    expect(out('activation-3')).toEqual([a1, a2].map((v) => expect.closeTo(v, 12)));
    expect(out('dense-4')?.[0]).toBeCloseTo(z3, 12);
    expect(trace.prediction[0]).toBeCloseTo(yHat, 12);
    expect(trace.loss).toBeCloseTo(halfLoss, 12);
  });

  it('gives ∂L/∂w1..b3 of the chain rule, the tied w3 being the sum of the two output weights', () => {
    const trace = traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x], [y], { halveSquaredError: true });
    const param = (id: string, name: string) =>
      trace.nodes.find((n) => n.id === id)?.parameters.find((p) => p.name === name)?.grad as number[];
    expect(param('dense-2', 'kernel')[0]).toBeCloseTo(delta1 * x, 12); // ∂L/∂w1
    expect(param('dense-2', 'kernel')[1]).toBeCloseTo(delta2 * x, 12); // ∂L/∂w2
    expect(param('dense-2', 'bias')[0]).toBeCloseTo(delta1, 12); // ∂L/∂b1
    expect(param('dense-2', 'bias')[1]).toBeCloseTo(delta2, 12); // ∂L/∂b2
    const [w3a, w3b] = param('dense-4', 'kernel');
    expect(w3a + w3b).toBeCloseTo(delta3 * (a1 + a2), 12); // the notebook's dL_dw3
    expect(param('dense-4', 'bias')[0]).toBeCloseTo(delta3, 12); // ∂L/∂b3
    expect(trace.nodes.find((n) => n.id === 'dense-4')?.grad[0]).toBeCloseTo(delta3, 12); // δ of the output layer
    // Plain values, so that a mistake in the shared formulas above still shows.
    expect(delta3 * (a1 + a2)).toBeCloseTo(-0.05346, 5);
    expect(delta3).toBeCloseTo(-0.05537, 5);
  });

  it("doubles every gradient under the app's MSE, L = (y − ŷ)²", () => {
    const half = traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x], [y], { halveSquaredError: true });
    const full = traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x], [y]);
    expect(full.loss).toBeCloseTo(2 * half.loss, 14);
    expect(full.nodes[1].parameters[0].grad[0]).toBeCloseTo(2 * half.nodes[1].parameters[0].grad[0], 14);
  });

  it('names the missing weight and refuses a sample of the wrong width', () => {
    expect(() => traceBackprop(oneTwoOne(), () => undefined, [x], [y])).toThrow(/'dense 2' has no 'kernel' weights/);
    expect(() => traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x, 1], [y])).toThrow(
      /2 input values but the Input node feeds 1/,
    );
    expect(() => traceBackprop(oneTwoOne(), lookupFrom(NOTEBOOK), [x], [y, 0])).toThrow(
      /2 values but the network has 1 outputs/,
    );
  });
});

const ACTIVATIONS: ActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'softplus',
  'gelu',
  'linear',
  'softmax',
];

/**
 * Input(3 columns) → Linear(4) → f → [BatchNorm] → Dropout → two branches (Linear + f, Linear) joined by Add and
 * Concat → Linear(k) → head → Output.
 */
function wideGraph(activation: ActivationName, loss: LossName): { graph: Graph; k: number } {
  const k = loss === 'categoricalCrossentropy' ? 3 : loss === 'binaryCrossentropy' ? 1 : 2;
  const b = new GraphBuilder();
  const x = b.add('input', { source: 'table', columns: 3 });
  const l1 = b.add('dense', { units: 4 }, [x]);
  const f1 = b.add('activation', { activation, alpha: 0.3 }, [l1]);
  const bn = b.add('batchNorm', {}, [f1]);
  const drop = b.add('dropout', { rate: 0.5 }, [bn]);
  const l2 = b.add('dense', { units: 4 }, [drop]);
  const f2 = b.add('activation', { activation: 'tanh' }, [l2]);
  const sum = b.add('add', {}, [f2, drop]);
  const cat = b.add('concat', {}, [sum, x]);
  const l3 = b.add('dense', { units: k }, [cat]);
  const head =
    loss === 'categoricalCrossentropy'
      ? 'softmax'
      : loss === 'binaryCrossentropy'
        ? 'sigmoid'
        : activation === 'softmax'
          ? 'linear'
          : activation;
  const f3 = b.add('activation', { activation: head, alpha: 0.3 }, [l3]);
  b.add('output', { loss }, [f3]);
  return { graph: b.build(), k };
}

/** Random weights for wideGraph's nodes (γ around 1, positive moving variances). */
function randomWeights(k: number, seed: number): Map<string, number[]> {
  const rng = createRng(seed);
  const normals = (n: number, around = 0, scale = 0.7) =>
    Array.from({ length: n }, () => around + rng.normal() * scale);
  return new Map<string, number[]>([
    ['dense-2/kernel', normals(12)],
    ['dense-2/bias', normals(4)],
    ['batchNorm-4/gamma', normals(4, 1)],
    ['batchNorm-4/beta', normals(4)],
    ['batchNorm-4/moving_mean', normals(4, 0, 0.3)],
    ['batchNorm-4/moving_variance', Array.from({ length: 4 }, () => 0.5 + rng.next())],
    ['dense-6/kernel', normals(16)],
    ['dense-6/bias', normals(4)],
    ['dense-10/kernel', normals(7 * k)],
    ['dense-10/bias', normals(k)],
  ]);
}

describe('finite differences', () => {
  for (const loss of ['meanSquaredError', 'binaryCrossentropy', 'categoricalCrossentropy'] as LossName[]) {
    for (const activation of ACTIVATIONS) {
      it(`∂L/∂w of every weight equals (L(w + h) − L(w − h)) / 2h: ${activation}, ${loss}`, () => {
        const { graph, k } = wideGraph(activation, loss);
        const weights = randomWeights(k, 17);
        const rng = createRng(5);
        const x = [rng.normal(), rng.normal(), rng.normal()];
        const target =
          loss === 'meanSquaredError' ? [rng.normal(), rng.normal()] : loss === 'binaryCrossentropy' ? [1] : [0, 0, 1];
        const lookup = lookupFrom(weights);
        const trace = traceBackprop(graph, lookup, x, target);
        const h = 1e-6;
        for (const node of trace.nodes) {
          for (const p of node.parameters) {
            const values = weights.get(`${node.id}/${p.name}`) as number[];
            p.grad.forEach((analytic, i) => {
              const keep = values[i];
              values[i] = keep + h;
              const up = traceBackprop(graph, lookup, x, target).loss;
              values[i] = keep - h;
              const down = traceBackprop(graph, lookup, x, target).loss;
              values[i] = keep;
              expect(analytic, `${node.name} ${p.name}[${i}]`).toBeCloseTo((up - down) / (2 * h), 6);
            });
          }
        }
        expect(traceCaveats(graph)).toHaveLength(2);
      });
    }
  }
});
