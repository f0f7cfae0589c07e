/*
 * Huge but valid networks for fuzz tests: long chains of Linear + ReLU pairs, narrow or very wide,
 * with or without Add skips, up to and past the node limit (past it, the file is refused).
 */
import fc from 'fast-check';
import { baseTexts, type Json } from './test-hostile-inputs';

/**
 * A valid network of `layers` Linear + activation pairs of `units` units in a chain (with Add skips
 * every `skipEvery` pairs when set), inside the empty project: huge but well-formed.
 */
export function hugeGraphText(layers: number, units: number, skipEvery = 0, idPrefix = 'n'): string {
  const base = JSON.parse(baseTexts()[1]) as { graph: { nodes: Json[]; edges: Json[] } };
  const init = { name: 'glorotUniform', stddev: 0.05, limit: 0.05 };
  const nodes: Json[] = [
    {
      id: `${idPrefix}in`,
      kind: 'input',
      name: 'Input',
      position: { x: 0, y: 0 },
      params: { source: 'plane', features: ['x1', 'x2'], columns: 0 },
    },
  ];
  const edges: Json[] = [];
  let previous = `${idPrefix}in`;
  let skipFrom: string | null = null;
  const link = (source: string, target: string) => edges.push({ id: `e${edges.length}`, source, target });
  for (let i = 0; i < layers; i++) {
    const dense = `${idPrefix}d${i}`;
    const act = `${idPrefix}a${i}`;
    nodes.push({
      id: dense,
      kind: 'dense',
      name: `Linear ${i + 1}`,
      position: { x: i * 10, y: 0 },
      params: {
        units,
        useBias: true,
        kernelInitializer: init,
        biasInitializer: { name: 'zeros', stddev: 0.05, limit: 0.05 },
        l1: 0,
        l2: 0,
      },
    });
    nodes.push({
      id: act,
      kind: 'activation',
      name: `ReLU ${i + 1}`,
      position: { x: i * 10, y: 40 },
      params: { activation: 'relu', alpha: 0.2 },
    });
    link(previous, dense);
    link(dense, act);
    previous = act;
    if (skipEvery > 0 && i % skipEvery === 0) {
      if (skipFrom !== null && i > 0) {
        const add = `${idPrefix}s${i}`;
        nodes.push({ id: add, kind: 'add', name: `Add ${i}`, position: { x: i * 10, y: 80 }, params: {} });
        link(skipFrom, add);
        link(act, add);
        previous = add;
      }
      skipFrom = previous;
    }
  }
  const head = `${idPrefix}head`;
  nodes.push({
    id: head,
    kind: 'dense',
    name: 'Head',
    position: { x: 0, y: 120 },
    params: {
      units: 1,
      useBias: true,
      kernelInitializer: init,
      biasInitializer: { name: 'zeros', stddev: 0.05, limit: 0.05 },
      l1: 0,
      l2: 0,
    },
  });
  nodes.push({
    id: `${idPrefix}sig`,
    kind: 'activation',
    name: 'Sigmoid',
    position: { x: 0, y: 160 },
    params: { activation: 'sigmoid', alpha: 0.2 },
  });
  nodes.push({
    id: `${idPrefix}out`,
    kind: 'output',
    name: 'Output',
    position: { x: 0, y: 200 },
    params: { loss: 'binaryCrossentropy' },
  });
  link(previous, head);
  link(head, `${idPrefix}sig`);
  link(`${idPrefix}sig`, `${idPrefix}out`);
  return JSON.stringify({ ...base, graph: { nodes, edges } });
}

/** Huge but valid graphs: up to the node limit, narrow or very wide, chains or with skips, with ids from plain to prototype names. */
export const hugeGraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 245 }),
    fc.constantFrom(1, 8, 64, 1024, 4096),
    fc.constantFrom(0, 0, 3, 10),
    fc.constantFrom('n', 'constructor', 'toString'),
  )
  .map(([layers, units, skipEvery, prefix]) => hugeGraphText(layers, units, skipEvery, prefix));
