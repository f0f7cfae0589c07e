// Node ids named like Object.prototype's members ("constructor", "toString", ...) train on both
// engines, and every statistic is attributed to its own node: tfjs keeps layers in plain objects
// keyed by name, so the layer namer must never hand it such a name.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../data/index';
import { createProject } from '../project/create';
import { toDocument } from '../project/index';
import { createEngine } from './engine';
import { LayerNamer } from './layer-names';

const NAMES = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[A-Za-z]/.test(name));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The starter network with its node ids replaced by `ids`, in order. */
function starterWithIds(ids: string[]) {
  const file = createProject();
  const rename = new Map(file.graph.nodes.map((n, i) => [n.id, ids[i]]));
  file.graph.nodes = file.graph.nodes.map((n) => ({ ...n, id: rename.get(n.id)! }));
  file.graph.edges = file.graph.edges.map((e) => ({
    ...e,
    source: rename.get(e.source)!,
    target: rename.get(e.target)!,
  }));
  return file;
}

describe('node ids named like Object.prototype members', () => {
  it('never become tfjs layer names', () => {
    const namer = new LayerNamer();
    for (const name of [...NAMES, '__proto__']) {
      const given = namer.name(name);
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(given);
      expect(given.startsWith(name.replace(/^_+/, '')) || given.startsWith('n')).toBe(true);
    }
  });

  for (const engine of ['tfjs', 'fast'] as const) {
    it(`train an epoch on the ${engine} engine, with statistics under their own ids`, async () => {
      for (const ids of [NAMES.slice(0, 6), NAMES.slice(1, 7).reverse()]) {
        const file = starterWithIds(ids);
        const input = file.graph.nodes.find((n) => n.kind === 'input');
        if (input?.kind !== 'input') throw new Error('The starter project lost its Input node.');
        const { engine: trainer, choice } = createEngine(toDocument(file), prepareData(file.data, input.params), {
          engine,
          backend: 'cpu',
        });
        try {
          expect(choice.kind).toBe(engine);
          const result = await trainer.runEpoch();
          expect(result.diverged).toBeNull();
          const stats = await trainer.collectStats();
          const trained = file.graph.nodes
            .filter((n) => n.kind === 'dense' || n.kind === 'activation')
            .map((n) => n.id);
          expect(stats.layers.map((l) => l.nodeId)).toEqual(trained);
          expect([...trainer.layout.layersByNode.keys()].sort()).toEqual(expect.arrayContaining(trained.sort()));
        } finally {
          trainer.dispose();
        }
      }
    });
  }
});
