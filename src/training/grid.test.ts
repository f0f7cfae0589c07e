// The decision surface: the documented cell layout, and values equal to the model's predictions.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gridPoints } from './grid';
import { dataFor, trainerFor } from './test-support/fixtures';
import { GraphBuilder, mlp } from './test-support/graphs';
import type { Trainer } from './trainer';

const live: Trainer[] = [];
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (live.length) live.pop()?.dispose();
});

describe('gridPoints', () => {
  it('lays cells out row by row from the bottom edge, x1 along a row', () => {
    const points = Array.from(gridPoints({ x1: [0, 2], x2: [-1, 1] }, 3));
    expect(points).toEqual([0, -1, 1, -1, 2, -1, 0, 0, 1, 0, 2, 0, 0, 1, 1, 1, 2, 1]);
  });

  it('refuses resolutions it cannot draw', () => {
    for (const bad of [1, 2.5, 301, Number.NaN])
      expect(() => gridPoints({ x1: [0, 1], x2: [0, 1] }, bad)).toThrow(/resolution/);
  });
});

describe('Trainer.decisionGrid', () => {
  it('gives P(class 1) per cell for a binary network, as the model predicts at the mapped points', async () => {
    const b = new GraphBuilder();
    const h = b.add('activation', { activation: 'tanh' }, [
      b.add('dense', { units: 6 }, [b.add('input', { features: ['x1', 'x2', 'x1x2', 'x1Squared'] })]),
    ]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [h])])]);
    const graph = b.build();
    const data = dataFor(graph, { kind: 'circles', standardize: true });
    const trainer = trainerFor(graph, { seed: 2 }, { kind: 'circles', standardize: true });
    live.push(trainer);
    await trainer.step(20);
    const grid = await trainer.decisionGrid(7);
    expect(grid).toHaveLength(49);
    const bounds = data.bounds as NonNullable<typeof data.bounds>;
    const cell = 3 * 7 + 5;
    const raw = Float32Array.from([
      bounds.x1[0] + ((bounds.x1[1] - bounds.x1[0]) * 5) / 6,
      bounds.x2[0] + ((bounds.x2[1] - bounds.x2[0]) * 3) / 6,
    ]);
    const p = tf.tidy(
      () => (trainer.compiled.model.predict(tf.tensor2d(data.transform(raw, 1), [1, 4])) as tf.Tensor).dataSync()[0],
    );
    expect(grid[cell]).toBeCloseTo(p, 6);
    expect(grid.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('gives (class, probability) pairs per cell for several classes', async () => {
    const graph = mlp({
      hidden: [8],
      activation: 'relu',
      outputUnits: 3,
      finalActivation: 'softmax',
      loss: 'categoricalCrossentropy',
    });
    const trainer = trainerFor(graph, { seed: 1 }, { kind: 'blobs', classes: 3 });
    live.push(trainer);
    await trainer.step(10);
    const grid = await trainer.decisionGrid(4);
    expect(grid).toHaveLength(2 * 16);
    const data = dataFor(graph, { kind: 'blobs', classes: 3 });
    const probabilities = tf.tidy(() =>
      (
        trainer.compiled.model.predict(
          tf.tensor2d(data.transform(gridPoints(data.bounds as NonNullable<typeof data.bounds>, 4), 16), [16, 2]),
        ) as tf.Tensor
      ).dataSync(),
    );
    for (let i = 0; i < 16; i++) {
      const row = Array.from(probabilities.subarray(i * 3, i * 3 + 3));
      expect(grid[2 * i]).toBe(row.indexOf(Math.max(...row)));
      expect(grid[2 * i + 1]).toBeCloseTo(Math.max(...row), 6);
    }
  });
});
