// Acceptance: the one-sample backprop trace (src/backprop, float64, by hand) gives the same loss and
// ∂L/∂W, ∂L/∂b as the engine's autodiff for the same weights and a batch of that one sample.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { traceBackprop } from '../backprop/trace';
import { createRng } from '../data/rng';
import type { ActivationName, Graph, LossName } from '../graph/types';
import { buildModel, type CompiledModel } from './compile';
import { lossAndGradients } from './gradients';
import { lossFunction } from './losses';
import { GraphBuilder } from './test-support/graphs';

let compiled: CompiledModel | null = null;
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  compiled?.dispose();
  compiled = null;
});

/** A random network: Input(3) → Linear → f → Linear → g, a skip (Add) and the input concatenated, → Linear(k) → head → Output. */
function randomNetwork(activation: ActivationName, loss: LossName, seed: number): { graph: Graph; k: number } {
  const rng = createRng(seed);
  const k = loss === 'categoricalCrossentropy' ? 3 : loss === 'binaryCrossentropy' ? 1 : 1 + rng.int(2);
  const width = 2 + rng.int(4);
  const b = new GraphBuilder();
  const x = b.add('input', { source: 'table', columns: 3 });
  const l1 = b.add('dense', { units: width }, [x]);
  const f1 = b.add('activation', { activation, alpha: 0.1 + rng.next() }, [l1]);
  const l2 = b.add('dense', { units: width, useBias: rng.next() > 0.3 }, [f1]);
  const f2 = b.add('activation', { activation: activation === 'softmax' ? 'tanh' : activation, alpha: 0.2 }, [l2]);
  const sum = b.add('add', {}, [f2, f1]);
  const cat = b.add('concat', {}, [sum, x]);
  const l3 = b.add('dense', { units: k }, [cat]);
  const head: ActivationName =
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
const LOSSES: LossName[] = ['meanSquaredError', 'binaryCrossentropy', 'categoricalCrossentropy'];

/** |a − b| ≤ 1e-5·max(1, |b|): float32 autodiff against float64 by hand. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  const bad = Array.from(expected, (e, i) => [i, actual[i], e] as const).filter(
    ([, a, e]) => !(Math.abs(a - e) <= 1e-5 * Math.max(1, Math.abs(e))),
  );
  expect(bad, label).toEqual([]);
}

describe('the backprop trace equals the engine on one sample', () => {
  for (const loss of LOSSES) {
    for (const [i, activation] of ACTIVATIONS.entries()) {
      it(`${activation}, ${loss}`, async () => {
        const { graph, k } = randomNetwork(activation, loss, 100 + i);
        compiled = buildModel(graph, { seed: 7 });
        const model = compiled;
        const rng = createRng(31 + i);
        const weights = new Map<string, Float32Array>();
        for (const w of model.trainableWeights) {
          const shape = w.variable.read().shape;
          const values = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() * 0.8);
          const t = tf.tensor(values, shape);
          w.variable.write(t);
          t.dispose();
          weights.set(`${w.nodeId}/${w.name}`, values);
        }
        const x = Float32Array.from([rng.normal(), rng.normal(), rng.normal()]);
        const target = Float32Array.from({ length: k }, (_, j) =>
          loss === 'meanSquaredError' ? rng.normal() : loss === 'binaryCrossentropy' ? rng.int(2) : j === 1 ? 1 : 0,
        );
        const engine = tf.tidy(() => {
          const r = lossAndGradients(
            model,
            lossFunction(model.loss, model.head),
            [],
            tf.tensor2d(x, [1, 3]),
            tf.tensor2d(target, [1, k]),
            false,
          );
          return { loss: r.loss, gradients: r.gradients };
        });
        const trace = traceBackprop(
          graph,
          (id, name) => weights.get(`${id}/${name}`),
          Array.from(x),
          Array.from(target),
        );
        expectClose([(await engine.loss.data())[0]], [trace.loss], 'loss');
        for (const [j, w] of model.trainableWeights.entries()) {
          const traced = trace.nodes.find((n) => n.id === w.nodeId)?.parameters.find((p) => p.name === w.name);
          expectClose(await engine.gradients[j].data(), traced?.grad ?? [], `∂L/∂${w.nodeId}/${w.name}`);
        }
        tf.dispose([engine.loss, ...engine.gradients]);
      });
    }
  }
});
