// Same numbers: the NumPy notebook of every bundled lesson it can write, run by python3 from the app's
// initial weights for 100 steps, ends at the app's engine's training loss within 1e-4 relative. A run
// that is chaotic over that horizon (the engine itself moves by more than 1e-5 when its start moves by
// one float32 ulp) is compared where it is not yet: after 40 steps.
import * as tf from '../../training/tf';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDatasetLoaded, prepareData } from '../../data/index';
import type { NodeOf } from '../../graph/types';
import { parseProject } from '../../project/index';
import type { MlpFile } from '../../project/types';
import type { WeightValues } from '../../project/weights';
import { createEngine } from '../../training/engine';
import { planNetwork } from '../network-plan';
import { codeOf, toNotebook, unsupportedNodes } from './index';
import type { NotebookCell } from './nbformat';
import { runNotebooks } from './test-support/run-notebooks';

const STEPS = 100;
const CHAOTIC_STEPS = 40;
const EXAMPLES = new URL('../../../assets/examples/', import.meta.url);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function lessons(): { name: string; file: MlpFile }[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.mlp'))
    .sort()
    .map((name) => ({ name, file: parseProject(readFileSync(new URL(name, EXAMPLES), 'utf8')) }));
}

/** The notebook's code with the run cut at `steps` steps and its training loss and step left in RESULT. */
function cutAt(code: string, steps: number): string {
  const cut = code.replace('STOP_AFTER_STEPS = None', `STOP_AFTER_STEPS = ${steps}`);
  expect(cut).not.toBe(code);
  return `${cut}\nRESULT = [evaluate(X_train, labels_train)[0], step]\n`;
}

/** The engine's training loss after each of `checkpoints` steps, from `weights` (or its own seeded start). */
async function engineLosses(file: MlpFile, checkpoints: number[], weights?: WeightValues[]) {
  const input = file.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
  const training = { ...file.training, earlyStopping: undefined };
  await ensureDatasetLoaded(file.data); // the bundled real data sets load on demand
  const { engine } = createEngine({ graph: file.graph, training }, prepareData(file.data, input.params));
  const start = await engine.getWeights();
  if (weights) engine.setWeights(weights);
  const losses = new Map<number, number>();
  for (const at of checkpoints) {
    await engine.step(at - engine.counters.step);
    losses.set(at, (await engine.evaluate()).trainLoss);
  }
  engine.dispose();
  return { start, losses };
}

/** Every weight moved by one float32 ulp (away from zero). */
function nudged(weights: WeightValues[]): WeightValues[] {
  return weights.map((w) => ({ ...w, values: w.values.map((v) => v * (1 + 2 ** -23)) }));
}

describe('the NumPy notebook reproduces the app, number for number', () => {
  it('writes every bundled lesson but those with Dropout or BatchNorm, which it names', () => {
    const refused = lessons()
      .filter(({ file }) => unsupportedNodes(planNetwork(file.graph), 'numpy').length > 0)
      .map(({ name }) => name);
    expect(refused).toEqual(['deep-sigmoid-batchnorm.mlp']);
  });

  it(`ends ${STEPS} steps at the engine's training loss within 1e-4 relative, for every lesson it writes`, async () => {
    const cases: { name: string; steps: number; app: number; source: string }[] = [];
    const chaotic: string[] = [];
    for (const { name, file } of lessons()) {
      if (unsupportedNodes(planNetwork(file.graph), 'numpy').length > 0) continue;
      const { start, losses } = await engineLosses(file, [CHAOTIC_STEPS, STEPS]);
      const moved = (await engineLosses(file, [STEPS], nudged(start))).losses.get(STEPS) as number;
      const app = losses.get(STEPS) as number;
      const steps = Math.abs(moved - app) / app > 1e-5 ? CHAOTIC_STEPS : STEPS;
      if (steps === CHAOTIC_STEPS) chaotic.push(name);
      const notebook = JSON.parse(toNotebook({ file, title: file.meta.title, initialWeights: start }, 'numpy').code);
      const source = cutAt(codeOf((notebook as { cells: NotebookCell[] }).cells), steps);
      cases.push({ name, steps, app: losses.get(steps) as number, source });
    }
    expect(cases.length).toBeGreaterThanOrEqual(15);
    // Eight ReLU layers at learning rate 0.1: the loss jumps about, and a one-ulp change of the start shows by step 100.
    expect(chaotic).toEqual(['deep-relu-he.mlp']);
    const runs = runNotebooks(cases.map((c) => c.source));
    cases.forEach((c, i) => {
      expect(runs[i].error, `${c.name}: ${runs[i].printed.slice(-400)}`).toBeNull();
      const [loss, steps] = runs[i].result as [number, number];
      expect(steps, c.name).toBe(c.steps);
      expect(Math.abs(loss - c.app) / c.app, `${c.name}: app ${c.app}, notebook ${loss}`).toBeLessThan(1e-4);
    });
  }, 120_000);
});
