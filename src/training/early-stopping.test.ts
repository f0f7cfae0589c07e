// Early stopping: the pure tracker, and the wrapper that gives both engines the option. The stop
// epoch is checked against an independent reading of an unwrapped run's per-epoch losses.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EARLY_STOPPING, type EarlyStoppingConfig } from './config';
import { EarlyStopper, checkEarlyStopping } from './early-stopping';
import { createEngine, type EngineKind } from './engine';
import { dataFor, trainingConfig } from './test-support/fixtures';
import { mlp } from './test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('EarlyStopper', () => {
  it('counts epochs without an improvement larger than minDelta and stops when patience runs out', () => {
    const stopper = new EarlyStopper({ ...DEFAULT_EARLY_STOPPING, enabled: true, patience: 2, minDelta: 0.01 });
    expect(stopper.observe(1, 1, 10)).toBe('improved');
    expect(stopper.observe(0.995, 2, 20)).toBe('waiting'); // better, but by less than minDelta
    expect(stopper.observe(0.5, 3, 30)).toBe('improved');
    expect(stopper.observe(0.6, 4, 40)).toBe('waiting');
    expect(stopper.observe(0.7, 5, 50)).toBe('stop');
    expect(stopper.bestEpoch).toEqual({ epoch: 3, step: 30, loss: 0.5 });
  });

  it(
    "on the training loss follows scikit-learn's tol rule: every lower loss is the new best, and more than " +
      '`patience` small steps stop',
    () => {
      const sklearn = new EarlyStopper({
        ...DEFAULT_EARLY_STOPPING,
        enabled: true,
        monitor: 'trainLoss',
        patience: 2,
        minDelta: 0.01,
      });
      const keras = new EarlyStopper({
        ...DEFAULT_EARLY_STOPPING,
        enabled: true,
        monitor: 'validationLoss',
        patience: 2,
        minDelta: 0.01,
      });
      const losses = [1, 0.995, 0.99, 0.985, 0.98];
      expect(losses.map((loss, i) => sklearn.observe(loss, i + 1, i + 1))).toEqual([
        'improved',
        'waiting',
        'waiting',
        'stop',
        'stop',
      ]);
      expect(sklearn.bestEpoch).toMatchObject({ epoch: 5, loss: 0.98 });
      // Keras keeps the best at the last improvement above minDelta, so it stops an epoch sooner here.
      expect(losses.slice(0, 3).map((loss, i) => keras.observe(loss, i + 1, i + 1))).toEqual([
        'improved',
        'waiting',
        'stop',
      ]);
      expect(keras.bestEpoch).toMatchObject({ epoch: 1, loss: 1 });
    },
  );

  it('refuses a patience below one epoch or a negative min delta, saying what to set', () => {
    expect(() => checkEarlyStopping({ ...DEFAULT_EARLY_STOPPING, patience: 0 })).toThrow(
      /patience 0 .* at least 1\. Try 10/,
    );
    expect(() => checkEarlyStopping({ ...DEFAULT_EARLY_STOPPING, minDelta: -1 })).toThrow(/min delta -1 .* ≥ 0/);
  });
});

// A wide network on 60 noisy moons, half held out, with Adam: the validation loss falls, then rises as it fits the noise.
const graph = mlp({ hidden: [64], activation: 'relu' });
const data = () => dataFor(graph, { samples: 60, noise: 0.45, validationSplit: 0.5, seed: 4 });
const EPOCHS = 150;
const stopping = (changes: Partial<EarlyStoppingConfig> = {}): EarlyStoppingConfig => ({
  ...DEFAULT_EARLY_STOPPING,
  enabled: true,
  patience: 8,
  ...changes,
});
const engineWith = (kind: EngineKind, early?: EarlyStoppingConfig) =>
  createEngine(
    {
      graph,
      training: trainingConfig({
        seed: 2,
        batchSize: 0,
        epochs: EPOCHS,
        earlyStopping: early,
        optimizer: { name: 'adam', learningRate: 0.05 },
      }),
    },
    data(),
    { engine: kind },
  ).engine;

/** The epoch at which patience runs out, read off an unwrapped run's validation losses (null if never). */
async function expectedStop(
  kind: EngineKind,
  patience: number,
): Promise<{ stop: number; best: number; bestLoss: number } | null> {
  const engine = engineWith(kind);
  let best = Infinity;
  let bestEpoch = 0;
  try {
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      await engine.runEpoch();
      const loss = (await engine.evaluate()).validationLoss as number;
      if (loss < best - DEFAULT_EARLY_STOPPING.minDelta) [best, bestEpoch] = [loss, epoch];
      else if (epoch - bestEpoch >= patience) return { stop: epoch, best: bestEpoch, bestLoss: best };
    }
    return null;
  } finally {
    engine.dispose();
  }
}

describe.each(['tfjs', 'fast'] as const)('early stopping on the %s engine', (kind) => {
  it('stops where patience runs out on the validation loss, puts the best weights back, and trains no further until reset', async () => {
    const expected = await expectedStop(kind, 8);
    expect(expected, 'the fixture must overfit within its epochs').not.toBeNull();
    const engine = engineWith(kind, stopping());
    const result = await engine.step(EPOCHS * 10);
    const report = engine.earlyStop;
    expect(report).toMatchObject({
      epoch: expected?.stop,
      bestEpoch: expected?.best,
      monitor: 'validationLoss',
      restored: true,
    });
    expect(report?.bestLoss).toBeCloseTo(expected?.bestLoss as number, 6);
    expect(report?.message).toContain(`Stopped early at epoch ${expected?.stop}`);
    expect(result.steps).toBe(expected?.stop);
    expect(engine.counters.epoch).toBe(expected?.stop);
    expect((await engine.evaluate()).validationLoss).toBeCloseTo(expected?.bestLoss as number, 6);
    expect((await engine.runEpoch()).steps).toBe(0);
    engine.reset();
    expect(engine.earlyStop).toBeNull();
    expect((await engine.runEpoch()).steps).toBe(1);
    engine.dispose();
  });

  it('watches the training loss when asked and keeps the last weights without restoreBest', async () => {
    // A min delta no epoch can beat: after the first epoch every one counts against patience (scikit-learn stops after more than 3).
    const engine = engineWith(
      kind,
      stopping({ monitor: 'trainLoss', patience: 3, minDelta: 1000, restoreBest: false }),
    );
    for (let i = 0; i < 10 && !engine.earlyStop; i++) await engine.runEpoch();
    expect(engine.earlyStop).toMatchObject({ epoch: 5, monitor: 'trainLoss', restored: false });
    engine.dispose();
  });

  it('lifts a stop when its settings change, and is a plain engine when off', async () => {
    const engine = engineWith(kind, stopping({ patience: 1, minDelta: 1000 }));
    await engine.step(5);
    expect(engine.earlyStop?.epoch).toBe(2);
    engine.updateTraining({ ...engine.training, earlyStopping: { ...stopping(), enabled: false } });
    expect(engine.earlyStop).toBeNull();
    expect((await engine.step(5)).steps).toBe(5);
    expect(engine.counters.epoch).toBe(7);
    engine.dispose();
  });
});
