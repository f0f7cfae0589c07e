import { createEngine } from '../../src/training/engine';
import { DEFAULT_TRAINING } from '../../src/training/config';
import { engineDocument, engineEpochOrder, sharedWeights, trainingData } from './engine';
import type { BenchPath, RunSetup, TrainingRunner } from './types';

/**
 * Path (f): the app's fast engine (src/training/fast) built by the engine factory, with everything
 * the app's training does (shuffled batches, divergence checks and snapshots, gradient statistics
 * every statsEvery steps). It runs on every tfjs backend because the factory gives it the backend's
 * help where it has any: on wasm its large matrix products run on the WASM kernel.
 */
export const fastEnginePath: BenchPath = {
  id: 'engine-fast',
  description:
    `the app's fast engine from src/training/fast (Float32Array loops, hand-written backward, large ` +
    `products on the WASM kernel under wasm; shuffled batches, checks + gradient stats every ${DEFAULT_TRAINING.statsEvery} steps)`,
  usesTfjs: true,
  epochOrder: engineEpochOrder,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    const { engine, choice } = createEngine(engineDocument(workload), trainingData(data), { engine: 'fast' });
    if (choice.kind !== 'fast') throw new Error(`The factory did not build the fast engine: ${choice.reason}.`);
    engine.setWeights(sharedWeights(workload, engine.layout.linearNodeIds, weights));
    return {
      train: async (steps) => {
        const result = await engine.step(steps);
        if (result.diverged)
          throw new Error(`The fast engine diverged at step ${result.diverged.step} (${result.diverged.what}).`);
        return result.steps;
      },
      evaluateLoss: async () => (await engine.evaluate()).trainLoss,
      dispose: () => engine.dispose(),
    };
  },
};
