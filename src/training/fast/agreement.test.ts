// Acceptance: for a fixed seed both engines start from the same weights (bit for bit), visit the
// same batches and, after 100 steps, agree on the loss to 1e-4 relative and on every layer's
// gradient norm to 1e-4, for every node kind, loss and optimizer the fast engine supports.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { expectSameTraining } from '../test-support/engine-agreement';
import { dag, GraphBuilder, mlp } from '../test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('fast engine = tfjs engine over 100 steps', () => {
  it('tanh, SGD, BCE from logits, mini-batches', async () => {
    await expectSameTraining(mlp({ hidden: [8, 8], activation: 'tanh' }), {
      seed: 3,
      batchSize: 16,
      optimizer: { name: 'sgd', learningRate: 0.3 },
    });
  });

  it('ReLU and leaky ReLU, momentum', async () => {
    const b = new GraphBuilder();
    const r = b.add('activation', { activation: 'relu' }, [
      b.add('dense', { units: 10, kernelInitializer: { name: 'heNormal', stddev: 0, limit: 0 } }, [b.add('input')]),
    ]);
    const l = b.add('activation', { activation: 'leakyRelu', alpha: 0.2 }, [b.add('dense', { units: 6 }, [r])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [l])])]);
    await expectSameTraining(b.build(), {
      seed: 5,
      batchSize: 32,
      optimizer: { name: 'momentum', learningRate: 0.05, momentum: 0.9 },
    });
  });

  it("ReLU, Nesterov momentum, full batch (the scikit-learn notebook's solver)", async () => {
    await expectSameTraining(mlp({ hidden: [12], activation: 'relu' }), {
      seed: 8,
      batchSize: 0,
      optimizer: { name: 'nesterov', learningRate: 0.2, momentum: 0.9 },
    });
  });

  it('ELU (α 0.5) and softplus, Adam, L1 and L2 (global and per node)', async () => {
    const b = new GraphBuilder();
    const e = b.add('activation', { activation: 'elu', alpha: 0.5 }, [
      b.add('dense', { units: 8, l2: 0.01 }, [b.add('input')]),
    ]);
    const s = b.add('activation', { activation: 'softplus' }, [b.add('dense', { units: 8, l1: 0.001 }, [e])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [s])])]);
    await expectSameTraining(b.build(), {
      seed: 7,
      batchSize: 20,
      l1: 0.0005,
      l2: 0.002,
      optimizer: { name: 'adam', learningRate: 0.01 },
    });
  });

  it('GELU, ELU (α 1) and linear, RMSprop with momentum, softmax + CCE over 3 classes', async () => {
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
    );
  });

  it('a DAG with Add, Concat and a Linear without bias, Adam, full batch', async () => {
    await expectSameTraining(
      dag(),
      { seed: 4, batchSize: 0, optimizer: { name: 'adam', learningRate: 0.02 } },
      { kind: 'circles' },
    );
  });

  it('MSE on a Sigmoid output (the prediction, not logits), SGD', async () => {
    await expectSameTraining(mlp({ hidden: [6], activation: 'tanh', loss: 'meanSquaredError' }), {
      seed: 6,
      batchSize: 8,
      optimizer: { name: 'sgd', learningRate: 0.5 },
    });
  });
});
