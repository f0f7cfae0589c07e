// Each lesson that stands for a notebook experiment (notebook 003 here, the others in
// notebooks-moons.test.ts and notebooks-activations.test.ts), trained over several seeds by the real engine
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

describe('notebook 003: one hidden layer of 3 sigmoid units, 40 % held out', () => {
  // FIGURES: circles train 100 %, test 98.8-100 % on one fixed draw of 80 test points. Over random
  // draws (a NumPy copy of the notebook's own training gives a median of 98.75 %) the held-out score
  // moves by whole points of 80, so the median must be within 2.5 points (2 of 80).
  it('circles: median train 100 % and test within 2.5 points of 98.75 % over 5 seeds', async () => {
    const runs = await overSeeds('split-circles.mlp', 5);
    expect(medianOf(runs, 'trainAccuracy')).toBeGreaterThanOrEqual(0.99);
    expect(medianOf(runs, 'validationAccuracy')).toBeGreaterThanOrEqual(0.9875 - 0.025);
  });

  it('moons: median train 100 % and test within 2.5 points of 98.8 % over 5 seeds', async () => {
    const runs = await overSeeds('split-moons.mlp', 5);
    expect(medianOf(runs, 'trainAccuracy')).toBeGreaterThanOrEqual(0.99);
    expect(medianOf(runs, 'validationAccuracy')).toBeGreaterThanOrEqual(0.988 - 0.025);
  });

  // FIGURES: "linear" (make_classification, overlapping classes) train 100 %, test 90 %, on one draw
  // of 100 points (40 held out: 1 point is 2.5 %). Over draws the held-out score spreads over ±8
  // points, so the median must be within 10 points of 90 % and, the point of the data, below 100 %.
  it("overlapping classes: the median test score is near the notebook's 90 %, well short of the training score", async () => {
    expect(openExample('split-linear.mlp').data).toMatchObject({
      kind: 'classification',
      samples: 100,
      separation: 1,
      flip: 0.01,
    });
    const runs = await overSeeds('split-linear.mlp', 7);
    expect(Math.abs(medianOf(runs, 'validationAccuracy') - 0.9)).toBeLessThanOrEqual(0.1);
    expect(medianOf(runs, 'validationAccuracy')).toBeLessThan(medianOf(runs, 'trainAccuracy'));
    expect(medianOf(runs, 'validationAccuracy')).toBeLessThan(0.95);
  });
});
