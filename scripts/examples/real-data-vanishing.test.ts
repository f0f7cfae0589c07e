// Vanishing gradients on real data: eight sigmoid layers on the digits get almost no gradient to
// their first layer and stay at chance; ReLU with He initialisation cures it.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, kernelGradNorms } from './test-support';
import { openSeeded, SEEDS, trainFor, withEngine } from './real-data-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** First over last Linear kernel gradient norm of a seeded lesson at initialisation. */
async function firstToLast(fileName: string, seed: number): Promise<number> {
  return withEngine(fileName, seed, async (engine) => {
    const norms = await kernelGradNorms(engine);
    return norms[0] / norms[norms.length - 1];
  });
}

describe('vanishing gradients on the digits', () => {
  it('the deep lessons read all 64 pixels and hold out a fifth of the 1,797 digits', async () => {
    const data = dataOf(await openSeeded('digits-deep-sigmoid.mlp', 1));
    expect(data.inputWidth).toBe(64);
    expect(data.train.n + data.validation.n).toBe(1797);
    expect(data.validation.n).toBeGreaterThan(350);
  });

  it('8 sigmoid layers: the first kernel gets under a thousandth of the last one’s gradient and accuracy stays at chance', async () => {
    for (const seed of SEEDS.slice(0, 3)) {
      expect(await firstToLast('digits-deep-sigmoid.mlp', seed), `seed ${seed}`).toBeLessThan(1e-3);
      const end = await withEngine('digits-deep-sigmoid.mlp', seed, (engine) => trainFor(engine, 5));
      expect(Math.abs(end.trainLoss - Math.log(10)), `seed ${seed}`).toBeLessThan(0.02);
      expect(end.validationAccuracy!, `seed ${seed}`).toBeLessThan(0.2);
    }
  });

  it(
    'ReLU + He: the first kernel’s gradient is within 10× of the last one’s; ' +
      '90 % of held-out digits right in 10 epochs',
    async () => {
      for (const seed of SEEDS.slice(0, 3)) {
        const ratio = await firstToLast('digits-deep-relu-he.mlp', seed);
        expect(ratio, `seed ${seed}`).toBeGreaterThan(0.1);
        expect(ratio, `seed ${seed}`).toBeLessThan(10);
        const end = await withEngine('digits-deep-relu-he.mlp', seed, (engine) => trainFor(engine, 10));
        expect(end.validationAccuracy!, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
      }
    },
  );
});
