import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totalParams } from '../graph/shapes';
import type { NodeOf } from '../graph/types';
import { topologicalOrder } from '../graph/topology';
import { validateGraph } from '../graph/validate';
import { prepareData } from '../data/prepare';
import { ensureDatasetLoaded } from '../data/index';
import { parseProject } from './parse';
import type { MlpFile } from './types';

const EXAMPLES_DIR = join(__dirname, '..', '..', 'assets', 'examples');
const names = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.mlp'));
const open = (name: string): MlpFile => parseProject(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));

/** The kinds along the single path from the Input to the Output ("dense:10", "relu", ...). */
function chainOf(file: MlpFile): string[] {
  const { order, cyclic } = topologicalOrder(file.graph);
  expect(cyclic).toEqual([]);
  expect(file.graph.edges).toHaveLength(order.length - 1);
  order
    .slice(1)
    .forEach((node, i) =>
      expect(file.graph.edges.some((e) => e.source === order[i].id && e.target === node.id)).toBe(true),
    );
  return order.map((n) =>
    n.kind === 'dense' ? `dense:${n.params.units}` : n.kind === 'activation' ? n.params.activation : n.kind,
  );
}

describe('bundled examples', () => {
  it('include the three presets the workshops start from', () => {
    expect(names).toEqual(expect.arrayContaining(['moons-2-10-1.mlp', 'deep-sigmoid.mlp', 'deep-relu-he.mlp']));
  });

  it.each(names)(
    '%s opens, has a description, and is a network without errors for its data, ending in its loss',
    async (name) => {
      const file = open(name);
      expect(file.meta.description.length).toBeGreaterThan(40);
      const input = file.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
      await ensureDatasetLoaded(file.data); // the bundled real data sets load on demand
      const data = prepareData(file.data, input.params);
      const errors = validateGraph(file.graph, {
        inputWidth: data.inputWidth,
        task: data.task,
        classes: data.classes,
      }).filter((i) => i.severity === 'error');
      expect(errors).toEqual([]);
      const { order } = topologicalOrder(file.graph);
      expect(order[0].kind).toBe('input');
      expect(order[order.length - 1].kind).toBe('output');
      const output = file.graph.nodes.find((n) => n.kind === 'output');
      const head = order[order.length - 2];
      const expected = {
        binaryCrossentropy: 'sigmoid',
        categoricalCrossentropy: 'softmax',
        meanSquaredError: 'sigmoid',
      } as const;
      expect(output?.kind === 'output' && head.kind === 'activation' && head.params.activation).toBe(
        output?.kind === 'output' && expected[output.params.loss],
      );
    },
  );

  it.each(names)('%s is laid out left to right in data-flow order', (name) => {
    const { order } = topologicalOrder(open(name).graph);
    const xs = order.map((n) => n.position.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]).toBeGreaterThanOrEqual(150));
  });

  it('moons-2-10-1 is 2 → Linear 10 → ReLU → Linear 1 → Sigmoid, trained full-batch by SGD at 0.2 for 1000 epochs', () => {
    const file = open('moons-2-10-1.mlp');
    expect(chainOf(file)).toEqual(['input', 'dense:10', 'relu', 'dense:1', 'sigmoid', 'output']);
    expect(totalParams(file.graph)).toBe(2 * 10 + 10 + 10 * 1 + 1);
    // As notebook 000: raw data, PyTorch's U(±1/√fan_in) for weights and biases.
    expect(file.data).toMatchObject({ kind: 'moons', samples: 200, noise: 0.1, standardize: false });
    expect(file.training).toMatchObject({ batchSize: 0, epochs: 1000, optimizer: { name: 'sgd', learningRate: 0.2 } });
    const first = file.graph.nodes.find((n) => n.kind === 'dense');
    expect(first?.kind === 'dense' && first.params.biasInitializer.name).toBe('randomUniform');
    expect(first?.kind === 'dense' && first.params.biasInitializer.limit).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it.each([
    ['deep-sigmoid.mlp', 'sigmoid', 'glorotUniform'],
    ['deep-relu-he.mlp', 'relu', 'heNormal'],
  ])('%s stacks 8 × (Linear 16 + %s) with %s weights, then Linear 1 → Sigmoid', (name, activation, init) => {
    const file = open(name);
    const hidden = Array.from({ length: 8 }, () => ['dense:16', activation]).flat();
    expect(chainOf(file)).toEqual(['input', ...hidden, 'dense:1', 'sigmoid', 'output']);
    const dense = topologicalOrder(file.graph).order.filter((n) => n.kind === 'dense');
    for (const node of dense.slice(0, 8))
      expect(node.kind === 'dense' && node.params.kernelInitializer.name).toBe(init);
    expect(file.data.kind).toBe('moons');
    expect(file.training.optimizer.name).toBe('sgd');
  });

  it('deep-sigmoid and deep-relu-he differ only in activations, initialisers and texts, so a comparison is fair', () => {
    const [sigmoid, relu] = [open('deep-sigmoid.mlp'), open('deep-relu-he.mlp')];
    expect(relu.training).toEqual(sigmoid.training);
    expect(relu.data).toEqual(sigmoid.data);
    expect(relu.graph.edges).toEqual(sigmoid.graph.edges);
  });
});
