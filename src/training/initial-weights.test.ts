import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../data/index';
import type { NodeOf } from '../graph/types';
import { parseProject } from '../project/index';
import { createEngine } from './engine';
import { initialWeights } from './initial-weights';
import * as tf from './tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('initialWeights', () => {
  it.each(['deep-sigmoid-skip', 'deep-sigmoid-batchnorm'])(
    'equals the weights the engine starts %s from, bit for bit, and leaves no tensor behind',
    async (name) => {
      const file = parseProject(readFileSync(new URL(`../../assets/examples/${name}.mlp`, import.meta.url), 'utf8'));
      const input = file.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
      const { engine } = createEngine(file, prepareData(file.data, input.params));
      const expected = await engine.getWeights();
      engine.dispose();
      const before = tf.memory().numTensors;
      const weights = await initialWeights(file.graph, file.training.seed);
      expect(tf.memory().numTensors).toBe(before);
      expect(weights.map((w) => `${w.nodeId}/${w.name}`)).toEqual(expected.map((w) => `${w.nodeId}/${w.name}`));
      weights.forEach((w, i) => expect(w.values).toEqual(expected[i].values));
    },
  );
});
