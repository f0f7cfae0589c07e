/** Test support only: the bundled lessons as the app ships them, trained by the real engine. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareData, type PreparedData } from '../../src/data';
import { parseProject, toDocument, type MlpFile } from '../../src/project';
import { createEngine, type EvaluationMetrics, type TrainingEngine } from '../../src/training';

const EXAMPLES = join(__dirname, '..', '..', 'assets', 'examples');

/** A bundled example as written in assets/examples. */
export function openExample(fileName: string): MlpFile {
  return parseProject(readFileSync(join(EXAMPLES, fileName), 'utf8'));
}

/** The data a project's Input node reads. */
export function dataOf(file: MlpFile): PreparedData {
  const input = file.graph.nodes.find((n) => n.kind === 'input');
  if (input?.kind !== 'input') throw new Error('the example has no Input node');
  return prepareData(file.data, input.params);
}

/** The engine the app would pick for the project (the fast one where it runs the network). */
export function engineOf(file: MlpFile): TrainingEngine {
  return createEngine(toDocument(file), dataOf(file)).engine;
}

/** Trains until `epochs` epochs are done (or early stopping ends the run) and evaluates. */
export async function trainTo(engine: TrainingEngine, epochs: number): Promise<EvaluationMetrics> {
  while (engine.counters.epoch < epochs && !engine.earlyStop) {
    const result = await engine.runEpoch();
    if (result.diverged) throw new Error(`diverged: ${JSON.stringify(result.diverged)}`);
  }
  return engine.evaluate();
}

/** Opens an example, trains it for `epochs` (default: its own epochs) and returns the final metrics. */
export async function trainExample(
  fileName: string,
  epochs?: number,
  change: (file: MlpFile) => void = () => {},
): Promise<EvaluationMetrics> {
  const file = openExample(fileName);
  change(file);
  const engine = engineOf(file);
  try {
    return await trainTo(engine, epochs ?? file.training.epochs);
  } finally {
    engine.dispose();
  }
}

/** ‖∂L/∂W‖ of each Linear layer's kernel, input → output, from the engine's statistics sample. */
export async function kernelGradNorms(engine: TrainingEngine): Promise<number[]> {
  const { layers } = await engine.collectStats();
  return layers
    .filter((l) => l.kind === 'dense')
    .map((l) => l.parameters.find((p) => p.name === 'kernel')?.gradNorm ?? Number.NaN);
}

/** First over last Linear kernel gradient norm of an example at initialisation (after `change`, e.g. of its seeds). */
export async function firstToLastAtStart(
  fileName: string,
  change: (file: MlpFile) => void = () => {},
): Promise<number> {
  const file = openExample(fileName);
  change(file);
  const engine = engineOf(file);
  try {
    const norms = await kernelGradNorms(engine);
    return norms[0] / norms[norms.length - 1];
  } finally {
    engine.dispose();
  }
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
