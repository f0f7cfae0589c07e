import { describe, expect, it } from 'vitest';
import { validateGraph } from '../graph/validate';
import { DEFAULT_TRAINING } from '../training/config';
import { createEmptyProject, createProject, toDocument } from './create';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { FORMAT_VERSION } from './types';

describe('createProject', () => {
  it('starts with Input (x1, x2) → Linear 8 → ReLU → Linear 1 → Sigmoid → Output (BCE), wired in a row', () => {
    const { graph } = createProject();
    expect(graph.nodes.map((n) => n.kind)).toEqual(['input', 'dense', 'activation', 'dense', 'activation', 'output']);
    const [input, hidden, relu, last, sigmoid, output] = graph.nodes;
    expect(input.kind === 'input' && input.params.features).toEqual(['x1', 'x2']);
    expect(hidden.kind === 'dense' && hidden.params.units).toBe(8);
    expect(relu.kind === 'activation' && relu.params.activation).toBe('relu');
    expect(last.kind === 'dense' && last.params.units).toBe(1);
    expect(sigmoid.kind === 'activation' && sigmoid.params.activation).toBe('sigmoid');
    expect(output.kind === 'output' && output.params.loss).toBe('binaryCrossentropy');
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual(
      graph.nodes.slice(1).map((n, i) => [graph.nodes[i].id, n.id]),
    );
    const xs = graph.nodes.map((n) => n.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('is a valid, trainable project on moons with the default training settings', () => {
    const file = createProject();
    expect(file.format).toBe('mlp-project');
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.data.kind).toBe('moons');
    expect(file.training).toEqual(DEFAULT_TRAINING);
    expect(validateGraph(file.graph, { inputWidth: 2, task: 'binary', classes: 2 })).toEqual([]);
    expect(parseProject(serializeProject(file))).toEqual(file);
  });

  it('stamps created and modified with the current time', () => {
    const before = Date.now();
    const { meta } = createProject();
    expect(meta.created).toBe(meta.modified);
    expect(Date.parse(meta.created)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(meta.created)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('takes overrides for whole parts and single meta fields', () => {
    const file = createProject({ meta: { title: 'Workshop 3' }, notes: 'Bring coffee.' });
    expect(file.meta.title).toBe('Workshop 3');
    expect(file.meta.description).toBe('');
    expect(file.notes).toBe('Bring coffee.');
  });

  it('hands out fresh objects, so editing one project leaves the next untouched', () => {
    const first = createProject();
    first.training.optimizer.learningRate = 9;
    first.data.samples = 10;
    const second = createProject();
    expect(second.training.optimizer.learningRate).toBe(DEFAULT_TRAINING.optimizer.learningRate);
    expect(second.data.samples).toBe(200);
  });
});

describe('createEmptyProject', () => {
  it('has no nodes or edges and is still a valid file', () => {
    const file = createEmptyProject();
    expect(file.graph).toEqual({ nodes: [], edges: [] });
    expect(parseProject(serializeProject(file))).toEqual(file);
  });
});

describe('toDocument', () => {
  it('keeps exactly the edited parts: graph, data, training and notes', () => {
    const file = createProject({ notes: 'n' });
    const document = toDocument(file);
    expect(Object.keys(document).sort()).toEqual(['data', 'graph', 'notes', 'training']);
    expect(document.graph).toBe(file.graph);
    expect(document.notes).toBe('n');
  });
});
