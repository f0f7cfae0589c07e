// Per-unit grids: each value equals that unit's output computed by hand from the read-back weights.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gridPoints } from './grid';
import { MAX_NEURON_GRID_UNITS, neuronGrids } from './neuron-grids';
import { dataFor, trainerFor } from './test-support/fixtures';
import { mlp } from './test-support/graphs';
import type { Trainer } from './trainer';

const live: Trainer[] = [];
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (live.length) live.pop()?.dispose();
});

describe('neuronGrids', () => {
  it('gives every hidden unit its output at each grid cell, unit by unit', async () => {
    const graph = mlp({ hidden: [3], activation: 'tanh' });
    const data = dataFor(graph);
    const trainer = trainerFor(graph, { seed: 5 });
    live.push(trainer);
    await trainer.step(10);
    const resolution = 4;
    const grids = (await neuronGrids(trainer.compiled, data, resolution)) ?? [];
    // Linear(3), tanh, Linear(1), sigmoid: the four hidden-to-output nodes in order.
    expect(grids.map((g) => g.units)).toEqual([3, 3, 1, 1]);
    const weights = await trainer.getWeights();
    const kernel = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'kernel')?.values as Float32Array;
    const bias = weights.find((w) => w.nodeId === grids[0].nodeId && w.name === 'bias')?.values as Float32Array;
    const cells = resolution * resolution;
    const x = data.transform(gridPoints(data.bounds as NonNullable<typeof data.bounds>, resolution), cells);
    for (let unit = 0; unit < 3; unit++) {
      for (let cell = 0; cell < cells; cell++) {
        const z = x[cell * 2] * kernel[unit] + x[cell * 2 + 1] * kernel[3 + unit] + bias[unit];
        expect(grids[0].values[unit * cells + cell]).toBeCloseTo(z, 5);
        expect(grids[1].values[unit * cells + cell]).toBeCloseTo(Math.tanh(z), 5);
      }
    }
    expect(grids[0].values).toHaveLength(3 * cells);
  });

  it('is null for data without a 2-D plane and stops before the unit limit', async () => {
    const small = trainerFor(mlp({ hidden: [4], activation: 'relu' }));
    live.push(small);
    expect(await neuronGrids(small.compiled, { bounds: null, transform: (raw) => raw }, 4)).toBeNull();
    const big = trainerFor(mlp({ hidden: [MAX_NEURON_GRID_UNITS - 10, 20], activation: 'relu' }));
    live.push(big);
    const grids = (await neuronGrids(big.compiled, dataFor(mlp({ hidden: [1], activation: 'relu' })), 2)) ?? [];
    const total = grids.reduce((sum, g) => sum + g.units, 0);
    expect(total).toBeLessThanOrEqual(MAX_NEURON_GRID_UNITS);
    expect(grids.map((g) => g.units)).toEqual([MAX_NEURON_GRID_UNITS - 10]);
  });
});
