// Acceptance for the fast engine's products on the WASM kernel: the same numbers as tfjs autodiff.
// Every product goes to the kernel here (threshold 0), so each node kind's forward and backward
// pass runs through it: gradients element-wise on one batch, then 100 steps of training compared
// on loss and every layer's gradient norm to 1e-4; and an MNIST-shaped network with the app's own
// threshold, where wide products take the kernel and narrow ones stay in JavaScript.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { dataFor, trainingConfig } from '../test-support/fixtures';
import { nodeWasmPaths } from '../wasm-paths-node';
import { expectSameTraining } from '../test-support/engine-agreement';
import { bothGradients, everyKind, expectAgreement } from '../test-support/fast-gradients';
import { dag, GraphBuilder, mlp } from '../test-support/graphs';
import { wasmProducts, type MatrixProducts } from './products';

let everyProduct: MatrixProducts;

beforeAll(async () => {
  setWasmPaths(nodeWasmPaths());
  expect(await tf.setBackend('wasm')).toBe(true);
  everyProduct = wasmProducts(0) as MatrixProducts;
});

describe('wasmProducts', () => {
  it('computes C = A·B + bias and adds into C, checked against a direct sum', () => {
    const a = Float32Array.from({ length: 3 * 5 }, (_, i) => Math.sin(i + 1));
    const b = Float32Array.from({ length: 5 * 4 }, (_, i) => Math.cos(i * 0.7));
    const bias = Float32Array.from([0.5, -1, 2, 0.25]);
    const c = new Float32Array(12);
    everyProduct.multiply(a, 3, 5, b, 4, c, bias, false);
    const added = Float32Array.from({ length: 12 }, (_, i) => i);
    everyProduct.multiply(a, 3, 5, b, 4, added, null, true);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        let sum = 0;
        for (let k = 0; k < 5; k++) sum += a[i * 5 + k] * b[k * 4 + j];
        expect(c[i * 4 + j]).toBeCloseTo(sum + bias[j], 5);
        expect(added[i * 4 + j]).toBeCloseTo(i * 4 + j + sum, 5);
      }
    }
  });

  it('leaves no tensor and nothing in the backend storage behind, and refuses short operands before storing any', () => {
    const stored = () => (tf.backend() as unknown as { numDataIds(): number }).numDataIds();
    const [tensors, data] = [tf.memory().numTensors, stored()];
    everyProduct.multiply(
      new Float32Array(4),
      2,
      2,
      new Float32Array(4),
      2,
      new Float32Array(4),
      new Float32Array(2),
      false,
    );
    expect([tf.memory().numTensors, stored()]).toEqual([tensors, data]);
    // A right operand shorter than depth × n is refused before anything is stored.
    expect(() =>
      everyProduct.multiply(new Float32Array(4), 2, 2, new Float32Array(2), 2, new Float32Array(4), null, false),
    ).toThrow();
    expect([tf.memory().numTensors, stored()]).toEqual([tensors, data]);
  });

  it('sends only products of at least the threshold', () => {
    const products = wasmProducts() as MatrixProducts;
    expect(products.worth(65_536)).toBe(true);
    expect(products.worth(16 * 16 * 32)).toBe(false);
  });

  it('is not offered on another backend', async () => {
    await tf.setBackend('cpu');
    try {
      expect(wasmProducts()).toBeNull();
    } finally {
      await tf.setBackend('wasm');
    }
  });
});

describe('fast backward pass with every product on the WASM kernel = tfjs autodiff', () => {
  it('BCE from logits under a final Sigmoid, through every node kind and activation, with L1/L2', () => {
    expectAgreement(bothGradients(everyKind(1, ['sigmoid'], 'binaryCrossentropy'), {}, undefined, everyProduct));
  });

  it('CCE from logits under a final Softmax (3 classes)', () => {
    expectAgreement(
      bothGradients(
        everyKind(3, ['softmax'], 'categoricalCrossentropy'),
        { kind: 'blobs', classes: 3 },
        undefined,
        everyProduct,
      ),
    );
  });
});

describe('fast engine with WASM products = tfjs engine over 100 steps', () => {
  it('tanh, SGD, BCE from logits, mini-batches', async () => {
    await expectSameTraining(
      mlp({ hidden: [8, 8], activation: 'tanh' }),
      { seed: 3, batchSize: 16, optimizer: { name: 'sgd', learningRate: 0.3 } },
      {},
      everyProduct,
    );
  });

  it('GELU, ELU and linear, RMSprop, softmax + CCE over 3 classes', async () => {
    const b = new GraphBuilder();
    const g = b.add('activation', { activation: 'gelu' }, [b.add('dense', { units: 8 }, [b.add('input')])]);
    const e = b.add('activation', { activation: 'elu', alpha: 1 }, [b.add('dense', { units: 8 }, [g])]);
    const lin = b.add('activation', { activation: 'linear' }, [b.add('dense', { units: 6 }, [e])]);
    b.add('output', { loss: 'categoricalCrossentropy' }, [
      b.add('activation', { activation: 'softmax' }, [b.add('dense', { units: 3 }, [lin])]),
    ]);
    await expectSameTraining(
      b.build(),
      { seed: 9, batchSize: 25, optimizer: { name: 'rmsprop', learningRate: 0.003, rho: 0.9, momentum: 0.9 } },
      { kind: 'spiral', classes: 3 },
      everyProduct,
    );
  });

  it('a DAG with Add, Concat (gradients added at fan-out) and a Linear without bias, Adam, L2, full batch', async () => {
    await expectSameTraining(
      dag(),
      { seed: 4, batchSize: 0, l2: 0.001, optimizer: { name: 'adam', learningRate: 0.02 } },
      { kind: 'circles' },
      everyProduct,
    );
  });

  it('sigmoid hidden layers, Adagrad, MSE regression read off a Linear', async () => {
    const b = new GraphBuilder();
    const h = b.add('activation', { activation: 'sigmoid' }, [
      b.add('dense', { units: 10 }, [b.add('input', { features: ['x1'] })]),
    ]);
    b.add('output', { loss: 'meanSquaredError' }, [b.add('dense', { units: 1 }, [h])]);
    await expectSameTraining(
      b.build(),
      { seed: 2, batchSize: 10, optimizer: { name: 'adagrad', learningRate: 0.1, initialAccumulatorValue: 0.1 } },
      { kind: 'sine', samples: 120 },
      everyProduct,
    );
  });

  it('wide ReLU layers with the app threshold: wide products on the kernel, the narrow head in JavaScript', async () => {
    // 256 units × 256 units × 32 rows = 2 M multiply-adds per product in the middle, 256 × 32 × 1 at the head.
    const graph = mlp({ hidden: [256, 256], activation: 'relu' });
    await expectSameTraining(
      graph,
      { seed: 8, batchSize: 32, optimizer: { name: 'momentum', learningRate: 0.01, momentum: 0.9 } },
      { samples: 400 },
      wasmProducts(),
    );
  });
});

describe('createEngine on the wasm backend', () => {
  it('gives the fast engine the WASM products and says so in its reason', () => {
    const graph = mlp({ hidden: [8], activation: 'tanh' });
    const { engine, choice } = createEngine({ graph, training: trainingConfig() }, dataFor(graph), { engine: 'auto' });
    try {
      expect(choice).toMatchObject({ kind: 'fast', products: 'wasm' });
      expect(choice.reason).toMatch(/run on the WASM matrix kernel/);
    } finally {
      engine.dispose();
    }
  });
});
