// The Classic rules lessons do what their descriptions promise, run by the same code the workspace runs.
import { describe, expect, it } from 'vitest';
import { ClassicRun, plannedRuns, prepareClassicData } from '../../src/classic';
import type { ClassicSettings } from '../../src/classic/types';
import { openExample } from './test-support';

/** Plays every run of the settings as the workspace's Play does: epoch by epoch until it stops or reaches the epoch limit. */
function play(settings: ClassicSettings): ClassicRun[] {
  const data = prepareClassicData(settings.data);
  return plannedRuns(settings).map(({ config }) => {
    const run = new ClassicRun(data, config);
    while (run.status === 'learning' && run.epoch < settings.epochs) run.stepEpoch();
    return run;
  });
}

function classicOf(fileName: string): ClassicSettings {
  const settings = openExample(fileName).classic;
  if (!settings) throw new Error(`${fileName} has no classic settings`);
  return settings;
}

describe('classic learning rules lessons', () => {
  it('the perceptron lesson opens in the workspace on blobs and converges to zero errors after several epochs', () => {
    const settings = classicOf('classic-perceptron-blobs.mlp');
    expect(settings).toMatchObject({
      open: true,
      rule: 'perceptron',
      compare: 'none',
      data: { kind: 'blobs', standardize: false },
    });
    const [run] = play(settings);
    expect(run.status).toBe('converged');
    expect(run.epoch).toBeGreaterThanOrEqual(3);
    expect(run.latest.misclassified).toBe(0);
    expect(run.records[0].misclassified).toBeGreaterThan(0);
  });

  it('the Adaline lesson: η = 0.1 diverges and η = 0.0001 crawls on raw features; standardised, η = 0.1 converges', () => {
    const settings = classicOf('classic-adaline-rates.mlp');
    expect(settings).toMatchObject({
      open: true,
      rule: 'adaline',
      compare: 'rates',
      learningRate: 0.1,
      secondLearningRate: 0.0001,
    });
    const [fast, slow] = play(settings);
    expect(fast.status).toBe('diverged');
    expect(slow.status).toBe('learning');
    expect(slow.latest.mse).toBeLessThan(slow.records[0].mse ?? 0);
    expect(slow.latest.misclassified).toBeGreaterThan(0);

    const [standardised] = play({ ...settings, data: { ...settings.data, standardize: true } });
    expect(standardised.status).toBe('learning');
    expect(standardised.latest.misclassified).toBe(0);
    const costs = standardised.records.map((r) => r.mse ?? Infinity);
    expect(costs[costs.length - 1]).toBeLessThan(costs[0] / 5);
  });
});
