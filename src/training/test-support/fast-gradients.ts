/**
 * Test support only: the fast engine's hand-written backward pass against tfjs autodiff on one
 * batch, element by element, over a graph holding every node kind and activation it runs.
 */
import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';
import type { DatasetSpec } from '../../data/index';
import type { ActivationName, Graph, LossName } from '../../graph/types';
import { buildModel } from '../compile';
import { headLoss } from '../fast/loss';
import { FastNetwork } from '../fast/network';
import type { MatrixProducts } from '../fast/products';
import { lossAndGradients } from '../gradients';
import { lossFunction } from '../losses';
import { penaltyTerms } from '../objective';
import { buildTargets } from '../targets';
import { expectCloseArrays } from './compare';
import { dataFor } from './fixtures';
import { GraphBuilder } from './graphs';

const ROWS = 24;

/**
 * Input (x1, x2, x1·x2) → Linear 5 → GELU; → Linear 5 (no bias) → tanh; Add of both; side branches
 * Input → Linear 3 → ELU(α 0.5), Input → Linear 2 → leaky ReLU(0.2) → ReLU and GELU → Linear 3 → Softmax;
 * Concat → softplus → Linear 4 → sigmoid → Linear `outputs` → `last` activations → Output(loss).
 * Every kind and activation, fan-out, a DAG.
 */
export function everyKind(outputs: number, last: ActivationName[], loss: LossName): Graph {
  const b = new GraphBuilder();
  const input = b.add('input', { features: ['x1', 'x2', 'x1x2'] });
  const g = b.add('activation', { activation: 'gelu' }, [b.add('dense', { units: 5, l1: 0.01 }, [input])]);
  const t = b.add('activation', { activation: 'tanh' }, [b.add('dense', { units: 5, useBias: false, l2: 0.02 }, [g])]);
  const sum = b.add('add', {}, [g, t]);
  const e = b.add('activation', { activation: 'elu', alpha: 0.5 }, [b.add('dense', { units: 3 }, [input])]);
  const leaky = b.add('activation', { activation: 'leakyRelu', alpha: 0.2 }, [b.add('dense', { units: 2 }, [input])]);
  const r = b.add('activation', { activation: 'relu' }, [leaky]);
  const soft = b.add('activation', { activation: 'softmax' }, [b.add('dense', { units: 3 }, [g])]);
  const joined = b.add('concat', {}, [sum, e, r, soft]);
  const s = b.add('activation', { activation: 'sigmoid' }, [
    b.add('dense', { units: 4 }, [b.add('activation', { activation: 'softplus' }, [joined])]),
  ]);
  let at = b.add('dense', { units: outputs }, [s]);
  for (const activation of last) at = b.add('activation', { activation }, [at]);
  b.add('output', { loss }, [at]);
  return b.build();
}

/**
 * The loss and gradients of both engines on the first ROWS training rows, at the same initial weights; `products` is
 * handed to the fast network.
 */
export function bothGradients(
  graph: Graph,
  spec: Partial<DatasetSpec>,
  penalty = { l1: 0.003, l2: 0.004 },
  products: MatrixProducts | null = null,
) {
  const data = dataFor(graph, spec);
  const compiled = buildModel(graph, { seed: 11, inputWidth: data.inputWidth, task: data.task, classes: data.classes });
  try {
    const width = compiled.outputWidth;
    const x = data.train.x.subarray(0, ROWS * data.inputWidth);
    const targets = buildTargets(data.train.y, ROWS, width, data.task);
    const expected = tf.tidy(() => {
      const terms = penaltyTerms(compiled, penalty);
      const result = lossAndGradients(
        compiled,
        lossFunction(compiled.loss, compiled.head),
        terms,
        tf.tensor2d(x, [ROWS, data.inputWidth]),
        tf.tensor2d(targets, [ROWS, width]),
        false,
      );
      return { loss: result.loss.dataSync()[0], gradients: result.gradients.map((g) => g.dataSync() as Float32Array) };
    });
    const network = new FastNetwork(compiled, ROWS);
    network.setProducts(products);
    compiled.trainableWeights.forEach((w, i) =>
      network.writeParameter(i, w.variable.read().dataSync() as Float32Array),
    );
    const penalties = new Map<string, { l1: number; l2: number }>();
    for (const node of compiled.graph.nodes)
      if (node.kind === 'dense')
        penalties.set(node.id, { l1: node.params.l1 + penalty.l1, l2: node.params.l2 + penalty.l2 });
    network.setPenalties(penalties);
    network.setInput(x);
    network.forward(ROWS, false);
    const loss =
      headLoss(network.lossKind, network.head.out, targets, ROWS, width, network.head.grad) + network.penalty();
    network.backward(ROWS);
    const gradients = network.parameters.map((_, i) => network.readGradient(i));
    return {
      expected,
      actual: { loss, gradients },
      names: compiled.trainableWeights.map((w) => `${w.nodeId}/${w.name}`),
    };
  } finally {
    compiled.dispose();
  }
}

/** Expects the same loss and every weight's gradient element-wise to 1e-4, and no gradient all zero. */
export function expectAgreement(result: ReturnType<typeof bothGradients>): void {
  const { expected, actual, names } = result;
  expect(Math.abs(actual.loss - expected.loss)).toBeLessThanOrEqual(1e-4 * Math.abs(expected.loss));
  expect(actual.gradients).toHaveLength(names.length);
  // Not all zero: a gradient that never flows would agree trivially.
  expected.gradients.forEach((g, i) =>
    expect(
      g.some((v) => v !== 0),
      names[i],
    ).toBe(true),
  );
  names.forEach((name, i) => expectCloseArrays(actual.gradients[i], expected.gradients[i], name));
}
