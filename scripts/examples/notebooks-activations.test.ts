// Each lesson that stands for a notebook experiment (notebooks 002 and 004 here, 000-001 and
// 003 in notebooks-moons.test.ts and notebooks-split.test.ts), trained over several seeds by the real engine
// (the fast one, in Node) and compared with ../shared/seeds/FIGURES.md. Medians, because single
// runs vary by seed; each tolerance says why it is as wide as it is.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MlpFile } from '../../src/project';
import type { EvaluationMetrics } from '../../src/training';
import { engineOf, median, openExample, trainTo } from './test-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Final metrics of a lesson trained with data and training seeds 1..n (a CSV lesson keeps its data). */
async function overSeeds(
  fileName: string,
  n: number,
  change: (file: MlpFile) => void = () => {},
): Promise<EvaluationMetrics[]> {
  const runs: EvaluationMetrics[] = [];
  for (let seed = 1; seed <= n; seed++) {
    const file = openExample(fileName);
    file.data.seed = seed;
    file.training.seed = seed;
    change(file);
    const engine = engineOf(file);
    runs.push(await trainTo(engine, file.training.epochs));
    engine.dispose();
  }
  return runs;
}

const medianOf = (runs: EvaluationMetrics[], key: 'trainLoss' | 'trainAccuracy' | 'validationAccuracy') =>
  median(runs.map((r) => r[key] as number));

describe('notebook 004: 2-10-2 sigmoid, MSE, mini-batches of 100 on blobs', () => {
  // FIGURES: the notebook's backward pass takes 2× a correct MSE step at its η 0.1, so the lesson
  // steps at 0.2. Its blobs come from a helper the notebook does not show, which leaves 4 % of the
  // training points wrong (ours: under 1 %), so only the validation scores are held to its figures
  // (97.7-98.0 % from epoch 11 on, within 2 points) and its MSE is an upper bound after epoch 1.
  it("steps at the notebook's effective 0.2 and follows its validation curve over 5 seeds", async () => {
    expect(openExample('blobs-2-10-2-mse.mlp').training.optimizer).toMatchObject({ name: 'sgd', learningRate: 0.2 });
    const at = new Map<number, EvaluationMetrics[]>();
    for (let seed = 1; seed <= 5; seed++) {
      const file = openExample('blobs-2-10-2-mse.mlp');
      file.data.seed = seed;
      file.training.seed = seed;
      const engine = engineOf(file);
      for (const epoch of [1, 11, 41]) at.set(epoch, [...(at.get(epoch) ?? []), await trainTo(engine, epoch)]);
      engine.dispose();
    }
    const mse = (epoch: number) => medianOf(at.get(epoch) ?? [], 'trainLoss');
    expect(Math.abs(mse(1) - 0.28)).toBeLessThan(0.1);
    expect(mse(11)).toBeLessThan(0.15);
    expect(mse(41)).toBeLessThan(0.05);
    expect(medianOf(at.get(11) ?? [], 'validationAccuracy')).toBeGreaterThanOrEqual(0.977 - 0.02);
    expect(medianOf(at.get(41) ?? [], 'validationAccuracy')).toBeGreaterThanOrEqual(0.98 - 0.02);
  });
});

describe('notebook 002: no activation vs sigmoid on the inner/outer Gaussians', () => {
  // FIGURES: seed 0 gives linear 91.0 %, sigmoid 97.5 %; the best straight line scores a median of
  // 94.5 % over 20 seeds. The line must land within 3 points of that, below the sigmoid network.
  it("a straight line scores near the best line's 94.5 % and the sigmoid network beats it, over 5 data seeds", async () => {
    const line = await overSeeds('gaussians-no-activation.mlp', 5);
    const curve = await overSeeds('gaussians-sigmoid.mlp', 5);
    expect(Math.abs(medianOf(line, 'trainAccuracy') - 0.945)).toBeLessThanOrEqual(0.03);
    expect(medianOf(curve, 'trainAccuracy')).toBeGreaterThan(medianOf(line, 'trainAccuracy'));
  });
});
