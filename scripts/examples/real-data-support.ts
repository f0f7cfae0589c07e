/** Test support only: the real-data lessons opened with their data set loaded, trained over seeds. */
import { ensureDatasetLoaded } from '../../src/data';
import type { MlpFile } from '../../src/project';
import type { EvaluationMetrics, TrainingEngine } from '../../src/training';
import { engineOf, openExample } from './test-support';

/** Opens a bundled lesson with the data and training seeds set to `seed`, its data set loaded. */
export async function openSeeded(fileName: string, seed: number, change: (file: MlpFile) => void = () => {}) {
  const file = openExample(fileName);
  file.data.seed = seed;
  file.training.seed = seed;
  change(file);
  await ensureDatasetLoaded(file.data);
  return file;
}

/** Runs `body` on the engine of a seeded lesson and frees the engine afterwards. */
export async function withEngine<T>(
  fileName: string,
  seed: number,
  body: (engine: TrainingEngine) => Promise<T>,
  change?: (file: MlpFile) => void,
): Promise<T> {
  const engine = engineOf(await openSeeded(fileName, seed, change));
  try {
    return await body(engine);
  } finally {
    engine.dispose();
  }
}

/** Trains to `epochs` (or until early stopping ends the run) and evaluates; throws when a run diverges. */
export async function trainFor(engine: TrainingEngine, epochs: number): Promise<EvaluationMetrics> {
  while (engine.counters.epoch < epochs && !engine.earlyStop) {
    const result = await engine.runEpoch();
    if (result.diverged) throw new Error(`diverged: ${JSON.stringify(result.diverged)}`);
  }
  return engine.evaluate();
}

/** The seeds every real-data lesson is checked over. */
export const SEEDS = [1, 2, 3, 4, 5];
