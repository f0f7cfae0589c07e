import { describe, expect, it } from 'vitest';
import { createProject } from '../project/create';
import { DEFAULT_TRAINING, type TrainingConfig } from './config';
import { diffSettings, networkSignature, sameNetwork } from './document-diff';

const base = () => {
  const project = createProject();
  return { graph: project.graph, data: project.data };
};

describe('networkSignature', () => {
  it('ignores names, positions and edge ids, so moving or renaming a node keeps the run', () => {
    const a = base();
    const b = structuredClone(a);
    b.graph.nodes[0] = { ...b.graph.nodes[0], name: 'Renamed', position: { x: 999, y: -5 } };
    b.graph.edges = b.graph.edges.map((e) => ({ ...e, id: `other-${e.id}` }));
    expect(sameNetwork(a, b)).toBe(true);
  });

  it('changes with a parameter, an edge or the data', () => {
    const a = base();
    const dense = a.graph.nodes.findIndex((n) => n.kind === 'dense');
    expect(dense).toBeGreaterThanOrEqual(0);
    const units = structuredClone(a);
    const node = units.graph.nodes[dense];
    if (node.kind !== 'dense') throw new Error('expected a Linear node');
    node.params = { ...node.params, units: node.params.units + 1 };
    expect(networkSignature(units)).not.toBe(networkSignature(a));
    const cut = structuredClone(a);
    cut.graph.edges.pop();
    expect(sameNetwork(cut, a)).toBe(false);
    const data = structuredClone(a);
    data.data = { ...data.data, seed: data.data.seed + 1 };
    expect(sameNetwork(data, a)).toBe(false);
  });
});

describe('diffSettings', () => {
  const with_ = (change: (t: TrainingConfig) => void) => {
    const t = structuredClone(DEFAULT_TRAINING);
    change(t);
    return t;
  };

  it('finds nothing in equal settings', () => {
    expect(diffSettings(DEFAULT_TRAINING, structuredClone(DEFAULT_TRAINING))).toEqual({
      optimizer: false,
      learningRate: false,
      rest: false,
    });
  });

  it('tells a learning rate alone from another optimizer', () => {
    const rate = with_((t) => (t.optimizer = { ...t.optimizer, learningRate: t.optimizer.learningRate * 2 }));
    expect(diffSettings(DEFAULT_TRAINING, rate)).toEqual({ optimizer: false, learningRate: true, rest: false });
    const adam = with_((t) => (t.optimizer = { ...t.optimizer, name: 'adam', learningRate: 0.5 }));
    expect(diffSettings(DEFAULT_TRAINING, adam)).toEqual({ optimizer: true, learningRate: false, rest: false });
  });

  it('flags settings outside the optimizer', () => {
    const batch = with_((t) => (t.batchSize = t.batchSize + 1));
    expect(diffSettings(DEFAULT_TRAINING, batch)).toEqual({ optimizer: false, learningRate: false, rest: true });
  });
});
