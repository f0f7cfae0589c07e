// Each bundled lesson does what its description promises, trained by the real engine on the data
// and settings in its file (tfjs on the cpu backend where the fast engine does not run the network).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealDataset, REAL_DATASETS } from '../../src/data';
import { validateGraph } from '../../src/graph/validate';
import { buildExamples } from '../make-examples';
import { dataOf, engineOf, openExample, trainExample, trainTo } from './test-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
  // The real-data lessons' data sets, loaded once so every lesson's data can be prepared synchronously.
  await Promise.all([...REAL_DATASETS.keys()].map((kind) => loadRealDataset(kind)));
});

/** ln(p / (1 − p)) of each grid cell whose probability is far enough from 0 and 1 to read its logit exactly. */
function logits(values: Float32Array): (number | null)[] {
  return Array.from(values, (p) => (p > 0.01 && p < 0.99 ? Math.log(p / (1 - p)) : null));
}

/** Largest |l(c−1) − 2l(c) + l(c+1)| along the rows and columns of a resolution² logit grid: 0 for an affine function of the plane. */
function largestCurvature(values: Float32Array, resolution: number): { curvature: number; triples: number } {
  const l = logits(values);
  let curvature = 0;
  let triples = 0;
  for (let r = 1; r < resolution - 1; r++) {
    for (let c = 1; c < resolution - 1; c++) {
      for (const [a, b, d] of [
        [r * resolution + c - 1, r * resolution + c, r * resolution + c + 1],
        [(r - 1) * resolution + c, r * resolution + c, (r + 1) * resolution + c],
      ]) {
        const [la, lb, ld] = [l[a], l[b], l[d]];
        if (la === null || lb === null || ld === null) continue;
        triples++;
        curvature = Math.max(curvature, Math.abs(la - 2 * lb + ld));
      }
    }
  }
  return { curvature, triples };
}

describe('every lesson', () => {
  it.each(buildExamples().map((e) => e.fileName))(
    '%s has a title, a short description and a network without errors for its data',
    (fileName) => {
      const file = openExample(fileName);
      expect(file.meta.title.length).toBeGreaterThan(5);
      const sentences = file.meta.description.split(/(?<=[.!?])\s+(?=[A-Z"])/);
      expect(sentences.length, file.meta.description).toBeGreaterThanOrEqual(1);
      expect(sentences.length, file.meta.description).toBeLessThanOrEqual(3);
      const data = dataOf(file);
      const errors = validateGraph(file.graph, {
        inputWidth: data.inputWidth,
        task: data.task,
        classes: data.classes,
      }).filter((i) => i.severity === 'error');
      expect(errors).toEqual([]);
    },
  );
});

describe('first networks', () => {
  it('moons 2-10-1 reaches 95 % on training and validation points in its 1000 full-batch epochs at 0.2', async () => {
    const file = openExample('moons-2-10-1.mlp');
    expect(file.training).toMatchObject({ batchSize: 0, epochs: 1000, optimizer: { name: 'sgd', learningRate: 0.2 } });
    expect(file.data).toMatchObject({ kind: 'moons', samples: 200, noise: 0.1 });
    const end = await trainExample('moons-2-10-1.mlp');
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(end.validationAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // Over seeds, these lessons are held to the notebooks' figures in notebooks-moons.test.ts.
  it('the "two hidden layers" cell as written stops half-way after its 200 epochs, and trains on with more', async () => {
    const file = openExample('moons-two-hidden.mlp');
    const engine = engineOf(file);
    const end = await trainTo(engine, file.training.epochs);
    expect(end.trainAccuracy).toBeLessThan(0.95);
    const longer = await trainTo(engine, 1000);
    expect(longer.trainLoss).toBeLessThan(end.trainLoss);
    engine.dispose();
  });

  it("the PyTorch cell on the notebook's 100 noisy moons fits nearly all of them, with nothing held out", async () => {
    const end = await trainExample('moons-32-noisy.mlp');
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(end.validationAccuracy).toBeNull();
  });
});

describe('why activations', () => {
  it('without an activation the boundary over the gaussians is a straight line; with a sigmoid it bends and scores higher', async () => {
    const results = [];
    for (const fileName of ['gaussians-no-activation.mlp', 'gaussians-sigmoid.mlp']) {
      const file = openExample(fileName);
      const engine = engineOf(file);
      const metrics = await trainTo(engine, file.training.epochs);
      results.push({ metrics, ...largestCurvature(await engine.decisionGrid(41), 41) });
      engine.dispose();
    }
    const [line, curve] = results;
    expect(line.triples).toBeGreaterThan(50);
    expect(line.curvature).toBeLessThan(1e-3);
    expect(curve.curvature).toBeGreaterThan(0.05);
    expect(curve.metrics.trainAccuracy as number).toBeGreaterThan((line.metrics.trainAccuracy as number) + 0.03);
    expect(curve.metrics.validationAccuracy as number).toBeGreaterThan(line.metrics.validationAccuracy as number);
    expect(curve.metrics.trainAccuracy).toBeGreaterThan(0.9);
  });

  it('without an activation the circles stay near chance', async () => {
    const end = await trainExample('circles-no-activation.mlp');
    expect(end.trainLoss).toBeGreaterThan(0.65);
    expect(end.trainAccuracy).toBeGreaterThan(0.35);
    expect(end.trainAccuracy).toBeLessThan(0.65);
  });
});

describe('datasets and generalisation', () => {
  it('3 sigmoid units enclose the inner circle, held-out points included', async () => {
    const end = await trainExample('split-circles.mlp');
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(end.validationAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('3 sigmoid units pass between the moons, scoring as well on the held-out points', async () => {
    const end = await trainExample('split-moons.mlp');
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(end.validationAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('overlapping classes: the held-out points score below the trained ones', async () => {
    const end = await trainExample('split-linear.mlp');
    expect(end.validationAccuracy as number).toBeLessThan(end.trainAccuracy as number);
  });
});

describe('losses and optimisers', () => {
  it('blobs with MSE: 7 mini-batches an epoch, above 95 % after 50 epochs', async () => {
    const engine = engineOf(openExample('blobs-2-10-2-mse.mlp'));
    const start = await engine.evaluate();
    await trainTo(engine, 1);
    expect(engine.counters.step).toBe(7);
    const end = await trainTo(engine, 50);
    expect(end.trainLoss).toBeLessThan(start.trainLoss);
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(end.validationAccuracy).toBeGreaterThanOrEqual(0.95);
    engine.dispose();
  });

  it('blobs with softmax, cross-entropy and Adam: the loss falls below a tenth of its start within 5 epochs', async () => {
    const engine = engineOf(openExample('blobs-softmax-adam.mlp'));
    const start = await engine.evaluate();
    const early = await trainTo(engine, 5);
    expect(early.trainLoss).toBeLessThan(start.trainLoss / 10);
    expect(early.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    engine.dispose();
  });

  it('the three-class spiral passes 90 %, far above the 33 % of chance', async () => {
    const file = openExample('spiral-softmax.mlp');
    expect(dataOf(file).classes).toBe(3);
    const end = await trainExample('spiral-softmax.mlp', 100);
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(end.validationAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
