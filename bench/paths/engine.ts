import * as tf from '@tensorflow/tfjs';
import { buildChain, type ChainLayer } from '../../src/project/index';
import { BatchSchedule } from '../../src/training/batches';
import { DEFAULT_OPTIMIZER, DEFAULT_TRAINING, type TrainingConfig } from '../../src/training/config';
import type { TrainingData } from '../../src/training/device-data';
import { Trainer, type TrainerDocument } from '../../src/training/trainer';
import { flagFreeMatMulInstalled, restoreWasmMatMul, useFlagFreeMatMulOnWasm } from '../../src/training/wasm-matmul';
import type { WeightValues } from '../../src/training/weights';
import type { BenchData } from '../datasets';
import type { InitialWeights } from '../network';
import type { Workload } from '../workloads';
import type { BenchPath, RunSetup, TrainingRunner } from './types';

/** Seed of the engine's batch order; any value would do, it only has to be the one the agreement check replays. */
export const ENGINE_SEED = 42;

/** The workload's network as the app's document: Input → (Linear → activation)… → Output, trained with plain SGD. */
export function engineDocument(workload: Workload): TrainerDocument {
  const { sizes, hidden, output } = workload.network;
  const layers: ChainLayer[] = sizes.slice(1).flatMap((units, l): ChainLayer[] => [
    { kind: 'dense', units },
    { kind: 'activation', activation: l === sizes.length - 2 ? output : hidden },
  ]);
  const graph = buildChain(
    ['x1', 'x2'],
    layers,
    output === 'softmax' ? 'categoricalCrossentropy' : 'binaryCrossentropy',
  );
  const input = graph.nodes[0];
  if (input.kind === 'input' && sizes[0] !== 2) input.params = { source: 'table', features: [], columns: sizes[0] };
  const training: TrainingConfig = {
    ...DEFAULT_TRAINING,
    optimizer: { ...DEFAULT_OPTIMIZER, name: 'sgd', learningRate: workload.learningRate },
    batchSize: workload.batchSize,
    seed: ENGINE_SEED,
    l1: 0,
    l2: 0,
  };
  return { graph, training };
}

/** The bench data in the shape the Trainer takes: class indices as labels, nothing held out. */
export function trainingData(data: BenchData): TrainingData {
  const labels = new Float32Array(data.n);
  for (let i = 0; i < data.n; i++) {
    if (data.outputWidth === 1) {
      labels[i] = data.y[i];
      continue;
    }
    for (let c = 0; c < data.outputWidth; c++) if (data.y[i * data.outputWidth + c] === 1) labels[i] = c;
  }
  return {
    train: { x: data.x, y: labels, n: data.n },
    validation: { x: new Float32Array(0), y: new Float32Array(0), n: 0 },
    inputWidth: data.inputWidth,
    task: data.outputWidth === 1 ? 'binary' : 'multiclass',
    classes: Math.max(2, data.outputWidth),
    bounds: null,
    transform: (raw) => raw,
  };
}

/** The bench's shared starting weights as the engines' weight values, Linear node by Linear node. */
export function sharedWeights(workload: Workload, linearNodeIds: string[], weights: InitialWeights): WeightValues[] {
  const { sizes } = workload.network;
  return linearNodeIds.flatMap((nodeId, l) => [
    { nodeId, name: 'kernel', shape: [sizes[l], sizes[l + 1]], values: weights.kernels[l] },
    { nodeId, name: 'bias', shape: [sizes[l + 1]], values: weights.biases[l] },
  ]);
}

/** The batch order of the app's engines (both shuffle alike), for the agreement check's replay. */
export function engineEpochOrder({ workload, data }: RunSetup): (epoch: number) => Int32Array {
  const schedule = new BatchSchedule(data.n, workload.batchSize, ENGINE_SEED);
  return (epoch) => schedule.orderOf(epoch);
}

/**
 * Path (e): the app's own Trainer (compiled graph, seeded shuffled batches, divergence guard,
 * gradient statistics every statsEvery steps). On wasm it runs with the flag-free matMul the app
 * installs when it starts that backend (src/training/wasm-matmul.ts), for this path only: the plain
 * tfjs paths measure tfjs-wasm's own kernel.
 */
export const enginePath: BenchPath = {
  id: 'engine',
  description:
    `the app's Trainer from src/training (shuffled batches, guard + gradient stats every ` +
    `${DEFAULT_TRAINING.statsEvery} steps; on wasm the app's flag-free matMul)`,
  usesTfjs: true,
  epochOrder: engineEpochOrder,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    // Installed here, so taken out again by this runner alone.
    const flagFree = tf.getBackend() === 'wasm' && !flagFreeMatMulInstalled() && useFlagFreeMatMulOnWasm();
    let trainer: Trainer;
    try {
      trainer = new Trainer(engineDocument(workload), trainingData(data));
      trainer.setWeights(sharedWeights(workload, trainer.layout.linearNodeIds, weights));
    } catch (err) {
      if (flagFree) restoreWasmMatMul();
      throw err;
    }
    return {
      // step() ends with the trainer's own asynchronous read-back of the loss, which is the final sync.
      train: async (steps) => {
        const result = await trainer.step(steps);
        if (result.diverged)
          throw new Error(`The engine diverged at step ${result.diverged.step} (${result.diverged.what}).`);
        return result.steps;
      },
      evaluateLoss: async () => (await trainer.evaluate()).trainLoss,
      dispose: () => {
        trainer.dispose();
        if (flagFree) restoreWasmMatMul();
      },
    };
  },
};
