import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { migrateToCurrent, MIGRATIONS } from './migrations';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { FORMAT_VERSION } from './types';

/** A file in the version 0 draft layout, written out by hand as such files were. */
const VERSION_0 = {
  format: 'mlp-project',
  version: 0,
  app: { name: 'MLP Studio', version: '0.0.9' },
  meta: {
    title: 'Old draft',
    description: 'From the beta',
    created: '2025-06-01T10:00:00Z',
    modified: '2025-06-02T10:00:00Z',
  },
  graph: {
    nodes: [
      {
        id: 'input-1',
        kind: 'input',
        name: 'Input',
        position: { x: 0, y: 0 },
        params: { source: 'plane', features: ['x1', 'x2'], columns: 2 },
      },
      {
        id: 'dense-1',
        kind: 'dense',
        name: 'Linear 1',
        position: { x: 220, y: 0 },
        params: {
          units: 1,
          useBias: true,
          kernelInitializer: { name: 'glorotUniform', stddev: 0.05, limit: 0.05 },
          biasInitializer: { name: 'zeros', stddev: 0.05, limit: 0.05 },
          l1: 0,
          l2: 0,
        },
      },
      {
        id: 'activation-1',
        kind: 'activation',
        name: 'Sigmoid 1',
        position: { x: 440, y: 0 },
        params: { activation: 'sigmoid', alpha: 0.01 },
      },
      { id: 'output-1', kind: 'output', name: 'Output', position: { x: 660, y: 0 }, params: {} },
    ],
    edges: [
      { id: 'e1', source: 'input-1', target: 'dense-1' },
      { id: 'e2', source: 'dense-1', target: 'activation-1' },
      { id: 'e3', source: 'activation-1', target: 'output-1' },
    ],
  },
  data: {
    kind: 'moons',
    samples: 100,
    noise: 0.2,
    classes: 2,
    factor: 0.5,
    spread: 1,
    seed: 3,
    validationSplit: 0.25,
    standardize: true,
  },
  training: {
    loss: 'binaryCrossentropy',
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 16,
    epochs: 200,
    seed: 7,
    l1: 0,
    l2: 0.001,
  },
};

describe('migrations', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS).toHaveLength(FORMAT_VERSION);
  });

  it('opens a version 0 file: the loss moves onto the Output node, the optimizer is nested, new fields get defaults', () => {
    const file = parseProject(JSON.stringify(VERSION_0));
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.graph.nodes[3].params).toEqual({ loss: 'binaryCrossentropy' });
    expect(file.training).toEqual({
      optimizer: {
        name: 'adam',
        learningRate: 0.01,
        momentum: 0.9,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-7,
        rho: 0.9,
        initialAccumulatorValue: 0.1,
      },
      batchSize: 16,
      epochs: 200,
      seed: 7,
      l1: 0,
      l2: 0.001,
      statsEvery: 10,
    });
    expect(file.notes).toBe('');
    // Untouched parts come through as they were.
    expect(file.meta).toEqual(VERSION_0.meta);
    expect(file.data).toEqual(VERSION_0.data);
    expect(file.graph.edges).toEqual(VERSION_0.graph.edges);
  });

  it('saves a migrated file at the current version, which then opens without migrating', () => {
    const text = serializeProject(parseProject(JSON.stringify(VERSION_0)));
    expect(JSON.parse(text).version).toBe(FORMAT_VERSION);
    expect(JSON.parse(text).training.loss).toBeUndefined();
    expect(serializeProject(parseProject(text))).toBe(text);
  });

  it('does not change the object it is given', () => {
    const copy = structuredClone(VERSION_0);
    migrateToCurrent(copy, 0);
    expect(copy).toEqual(VERSION_0);
  });

  it('keeps a loss an Output node already names, and learning rate defaults when v0 had none', () => {
    const file = structuredClone(VERSION_0) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON
    file.graph.nodes[3].params = { loss: 'meanSquaredError' };
    delete file.training.learningRate;
    const migrated = parseProject(JSON.stringify(file));
    expect(migrated.graph.nodes[3].params).toEqual({ loss: 'meanSquaredError' });
    expect(migrated.training.optimizer.learningRate).toBe(0.1);
  });

  it('reports problems in a migrated file against the upgraded layout, and says it was upgraded', () => {
    const file = structuredClone(VERSION_0);
    file.training.loss = 'hinge';
    let caught: unknown;
    try {
      parseProject(JSON.stringify(file));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProjectFormatError);
    const error = caught as ProjectFormatError;
    expect(error.path).toBe('graph.nodes[3].params.loss');
    expect(error.message).toContain('"hinge"');
    expect(error.message).toContain('upgraded from format version 0 to 1');
  });
});
