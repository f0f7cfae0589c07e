import { ReferenceMlp } from '../reference-mlp';
import { LOSS_READ_EVERY, type BenchPath, type RunSetup, type TrainingRunner } from './types';

/** Path (a): the hand-written Float32Array MLP, no tfjs at all. */
export const referencePath: BenchPath = {
  id: 'reference',
  description: 'hand-written Float32Array MLP (blocked loops, no allocation per step)',
  usesTfjs: false,
  create: async ({ workload, data, weights }: RunSetup): Promise<TrainingRunner> => {
    const mlp = new ReferenceMlp(workload.network, weights, workload.batchSize, workload.learningRate);
    const perEpoch = Math.ceil(data.n / workload.batchSize);
    let stepCount = 0;
    let lastLoss = NaN;
    return {
      train: async (steps) => {
        for (let s = 0; s < steps; s++) {
          const row = (stepCount % perEpoch) * workload.batchSize;
          const rows = Math.min(workload.batchSize, data.n - row);
          mlp.step(data.x, data.y, row, rows);
          stepCount++;
          // Same cadence as the tfjs paths' loss read-back; the forward pass already left the probabilities.
          if (stepCount % LOSS_READ_EVERY === 0) lastLoss = mlp.batchLoss(data.y, row, rows);
        }
        if (!Number.isFinite(lastLoss) && stepCount >= LOSS_READ_EVERY)
          throw new Error(`Reference loss became ${lastLoss}.`);
        return steps;
      },
      evaluateLoss: async () => mlp.datasetLoss(data.x, data.y, data.n),
      dispose: () => undefined,
    };
  },
};
