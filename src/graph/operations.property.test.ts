import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_SPECS } from '../layers/index';
import {
  addNode,
  connectNodes,
  createNode,
  disconnectEdges,
  duplicateNodes,
  isValidConnection,
  moveNodes,
  removeNodes,
  renameNode,
  updateParams,
} from './operations';
import { findCycles } from './paths';
import { deepFreeze } from './test-support';
import { inputsOf } from './topology';
import type { Graph, NodeKind } from './types';
import { validateGraph } from './validate';

const kinds = Object.keys(LAYER_SPECS) as NodeKind[];

/** One user action, with indices that pick among whatever nodes and edges exist at that moment. */
const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('add' as const),
      kind: fc.constantFrom(...kinds),
      units: fc.integer({ min: 1, max: 4 }),
    }),
  },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }) },
  fc.record({ type: fc.constant('disconnect' as const), edge: fc.nat() }),
  fc.record({ type: fc.constant('remove' as const), node: fc.nat() }),
  fc.record({ type: fc.constant('units' as const), node: fc.nat(), units: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('duplicate' as const), nodes: fc.array(fc.nat(), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('rename' as const), node: fc.nat(), name: fc.string() }),
  fc.record({ type: fc.constant('move' as const), node: fc.nat(), x: fc.integer(), y: fc.integer() }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const pick = <T>(items: T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/** Applies one action; connections go through isValidConnection first, and a refusal must leave the graph as it was. */
function apply(graph: Graph, a: Action): Graph {
  const ids = graph.nodes.map((n) => n.id);
  switch (a.type) {
    case 'add':
      return addNode(
        graph,
        createNode(graph, a.kind, { x: 0, y: 0 }, a.kind === 'dense' ? { units: a.units } : undefined),
      );
    case 'connect': {
      const from = pick(ids, a.from);
      const to = pick(ids, a.to);
      if (!from || !to) return graph;
      const next = connectNodes(graph, from, to);
      expect(next === graph).toBe(!isValidConnection(graph, from, to).ok);
      return next;
    }
    case 'disconnect':
      return disconnectEdges(graph, [pick(graph.edges, a.edge)?.id ?? '']);
    case 'remove':
      return removeNodes(graph, [pick(ids, a.node) ?? '']);
    case 'units':
      return updateParams(graph, pick(ids, a.node) ?? '', { units: a.units });
    case 'duplicate':
      return duplicateNodes(
        graph,
        a.nodes.map((i) => pick(ids, i) ?? ''),
        { x: 20, y: 20 },
      ).graph;
    case 'rename':
      return renameNode(graph, pick(ids, a.node) ?? '', a.name);
    case 'move':
      return moveNodes(graph, [{ id: pick(ids, a.node) ?? '', position: { x: a.x, y: a.y } }]);
  }
}

/** The invariants every graph built only through the operations keeps. */
function expectWellFormed(graph: Graph): void {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  expect(new Set(graph.edges.map((e) => `${e.source}>${e.target}`)).size).toBe(graph.edges.length);
  for (const e of graph.edges) {
    expect(ids).toContain(e.source);
    expect(ids).toContain(e.target);
  }
  expect(findCycles(graph)).toEqual([]);
  for (const node of graph.nodes) {
    expect(inputsOf(graph, node.id).length).toBeLessThanOrEqual(LAYER_SPECS[node.kind].maxInputs);
    if (!LAYER_SPECS[node.kind].hasOutput) expect(graph.edges.some((e) => e.source === node.id)).toBe(false);
  }
  for (const issue of validateGraph(graph)) {
    if (issue.nodeId !== null) expect(ids).toContain(issue.nodeId);
  }
}

describe('graph operations (property)', () => {
  it('keep ids unique, edges on nodes, arity and acyclicity, and never touch their input', () => {
    let mostEdges = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 50 }), (actions) => {
        let graph: Graph = { nodes: [], edges: [] };
        let longest = 0;
        for (const a of actions) {
          const before = structuredClone(graph);
          const next = apply(deepFreeze(graph), a);
          expect(graph).toEqual(before);
          expectWellFormed(next);
          graph = next;
          longest = Math.max(longest, graph.edges.length);
        }
        mostEdges = Math.max(mostEdges, longest);
      }),
      { numRuns: 150 },
    );
    // the property says little unless the random actions really wire nodes together
    expect(mostEdges).toBeGreaterThanOrEqual(3);
  });
});
