// Acceptance, from the vanishing-gradient notebook: in a 2-(16 sigmoid)×8-1 network with Glorot
// initialisation the first layer's kernel gradient is over 1000× smaller than the last layer's at
// initialisation; with ReLU and He initialisation the two stay within a factor of 20.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivationName, InitializerName } from '../graph/types';
import { trainerFor } from './test-support/fixtures';
import { mlp } from './test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** ‖∂L/∂W‖ of the first Linear kernel over that of the last, at initialisation, for a few seeds. */
async function firstToLastRatios(activation: ActivationName, kernel: InitializerName): Promise<number[]> {
  const graph = mlp({ hidden: Array(8).fill(16), activation, kernel });
  const ratios: number[] = [];
  for (const seed of [1, 2, 3]) {
    const trainer = trainerFor(graph, { seed }, { seed });
    const linear = (await trainer.collectStats()).layers.filter((l) => l.kind === 'dense');
    expect(linear).toHaveLength(9);
    const kernelNorm = (i: number) => linear[i].parameters.find((p) => p.name === 'kernel')?.gradNorm as number;
    ratios.push(kernelNorm(0) / kernelNorm(8));
    trainer.dispose();
  }
  return ratios;
}

describe('vanishing gradients at initialisation', () => {
  it('deep sigmoid + Glorot: first/last kernel gradient norm below 1e-3', async () => {
    for (const ratio of await firstToLastRatios('sigmoid', 'glorotUniform')) expect(ratio).toBeLessThan(1e-3);
  });

  it('deep ReLU + He: first/last kernel gradient norm between 0.05 and 20', async () => {
    for (const ratio of await firstToLastRatios('relu', 'heNormal')) {
      expect(ratio).toBeGreaterThan(0.05);
      expect(ratio).toBeLessThan(20);
    }
  });
});
