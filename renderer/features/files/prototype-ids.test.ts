import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/project/diff';
import { createProject, parseProject, serializeProject } from '../../../src/project/index';
import { duplicateRun, listRuns } from '../../../src/project/runs';
import type { MlpFile } from '../../../src/project/types';
import { storeWeights } from '../../../src/project/weights';
import { selectAnalysis } from '../../store/analysis';
import { createAppStore } from '../../store/app-store';
import { FALLBACK_NODE_SIZE } from '../../store/auto-layout';
import { currentLessonStep } from '../../store/classroom-actions';
import { startingUpdate, traceOf, traceUpdate } from '../../store/comparison';
import { arrangeChain } from '../../store/wrap-layout';
import { sizesOf } from '../canvas/flow-changes';
import { toFlowEdges, toFlowNodes } from '../canvas/flow-elements';
import { chartRunsOf, gradientRunRows, latestPoint, metricRunRows } from '../runs/run-rows';
import { createFakePlatform } from './fake-platform';
import { createFileCommands } from './file-commands';

/*
 * Ids that name members of Object.prototype ("toString", "constructor", "__proto__", ...) are
 * ordinary ids to the app: a project whose runs, nodes and edges carry them opens through the same
 * path as the Open button, and every view's derivation finds exactly its own data under them.
 */

const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];
/** Names the .mlp id pattern lets through (it asks for a letter or digit first), so the file opens. */
const ACCEPTED = PROTOTYPE_NAMES.filter((name) => /^[A-Za-z0-9]/.test(name));

/** `count` distinct ids, mostly prototype names, some plain (so that refusals do not hide the rest). */
const names = (count: number) =>
  fc.uniqueArray(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ACCEPTED) },
      fc.constantFrom(...PROTOTYPE_NAMES),
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    ),
    { minLength: count, maxLength: count },
  );

/** The starter project as two runs, with node, edge and run ids renamed, and trained weights stored under the node ids. */
function hostileText(nodeIds: string[], edgeIds: string[], runIds: string[]): string {
  const base = duplicateRun(createProject());
  // The starter network: 6 nodes, 5 edges; the test draws one id for each.
  expect([base.graph.nodes.length, base.graph.edges.length]).toEqual([nodeIds.length, edgeIds.length]);
  const nodeMap = new Map(base.graph.nodes.map((n, i) => [n.id, nodeIds[i] ?? n.id]));
  const edgeMap = new Map(base.graph.edges.map((e, i) => [e.id, edgeIds[i] ?? e.id]));
  const runMap = new Map(base.runs!.list.map((r, i) => [r.id, runIds[i] ?? r.id]));
  const renameGraph = (graph: typeof base.graph) => ({
    nodes: graph.nodes.map((n) => ({ ...n, id: nodeMap.get(n.id)! })),
    edges: graph.edges.map((e) => ({
      ...e,
      id: edgeMap.get(e.id)!,
      source: nodeMap.get(e.source)!,
      target: nodeMap.get(e.target)!,
    })),
  });
  const dense = base.graph.nodes.filter((n) => n.kind === 'dense').map((n) => nodeMap.get(n.id)!);
  const file: MlpFile = {
    ...createProject(),
    ...base,
    graph: renameGraph(base.graph),
    runs: {
      active: runMap.get(base.runs!.active)!,
      list: base.runs!.list.map((r) => ({
        ...r,
        id: runMap.get(r.id)!,
        ...(r.graph ? { graph: renameGraph(r.graph) } : {}),
      })),
    },
    state: {
      step: 3,
      epoch: 1,
      weights: storeWeights([
        { nodeId: dense[0], name: 'kernel', shape: [2, 8], values: new Float32Array(16).fill(0.5) },
      ]),
      history: [
        { step: 3, epoch: 1, trainLoss: 0.5, trainAccuracy: 0.75, validationLoss: null, validationAccuracy: null },
      ],
    },
  };
  return serializeProject(file);
}

/** Opens `text` as the Open button does, then runs every derivation the canvas, the runs bar and the compare views make. */
async function openAndDerive(text: string) {
  const store = createAppStore(createProject());
  const platform = createFakePlatform();
  const files = createFileCommands(store, platform);
  const opened = await files.openText({ name: 'constructor.mlp', text, handle: null }, { askFirst: false });
  const state = store.getState();
  if (!opened) return { opened, toast: state.view.toast?.message ?? '' };
  const { graph } = state.document;

  // The canvas: measured sizes reported by React Flow, nodes and edges derived, the chain arranged.
  const dimensions = graph.nodes.map((n, i) => ({
    type: 'dimensions' as const,
    id: n.id,
    dimensions: { width: 100 + i, height: 50 },
  }));
  const sizes = sizesOf(dimensions, state.view.nodeSizes);
  expect(sizes).not.toBeNull();
  state.setNodeSizes(sizes!);
  const measured = store.getState().view.nodeSizes;
  const nodes = toFlowNodes(
    graph,
    selectAnalysis(store.getState()),
    { nodeIds: [graph.nodes[0].id], edgeIds: [] },
    measured,
  );
  nodes.forEach((n, i) => expect(n.measured).toEqual({ width: 100 + i, height: 50 }));
  expect(
    toFlowEdges(graph, selectAnalysis(store.getState()), { nodeIds: [], edgeIds: [graph.edges[0].id] }).map(
      (e) => e.id,
    ),
  ).toEqual(graph.edges.map((e) => e.id));
  const arranged = arrangeChain(graph, measured, FALLBACK_NODE_SIZE, { width: 1200, height: 600, maxZoom: 1 });
  expect(arranged?.map((m) => m.id)).toEqual(graph.nodes.map((n) => n.id));
  expect(currentLessonStep(store.getState())).toBe(0);

  // The runs: the group starts, reports metrics and gradient norms, and the charts and panel read them back.
  const runs = listRuns(state.document);
  expect(chartRunsOf(runs, store.getState().comparison.traces)).toEqual([]);
  for (const run of runs) expect(traceOf(store.getState().comparison.traces, run.id)).toBeUndefined();
  state.applyComparisonUpdate(startingUpdate(runs));
  for (const run of runs) {
    const metrics = [
      {
        step: 1,
        epoch: 0,
        trainLoss: 0.6 + run.index,
        trainAccuracy: 0.5,
        validationLoss: null,
        validationAccuracy: null,
      },
    ];
    const gradients = [
      {
        step: 1,
        epoch: 0,
        norms: new Map(run.content.graph.nodes.filter((n) => n.kind === 'dense').map((n, i) => [n.id, (i + 1) / 10])),
      },
    ];
    state.applyComparisonUpdate(traceUpdate(run.id, { status: 'ready', metrics, gradients }));
  }
  const charted = chartRunsOf(runs, store.getState().comparison.traces);
  expect(charted.map((r) => r.id)).toEqual(runs.map((r) => r.id));
  charted.forEach((r) => expect(latestPoint(r.trace)?.trainLoss).toBe(0.6 + r.index));
  expect(metricRunRows(charted, ['trainLoss', 'validationLoss'])).toHaveLength(1);
  const gradientRow = gradientRunRows(charted)[0];
  expect(gradientRow[`r0_g0`]).toBeCloseTo(0.1);
  expect(gradientRow[`r0_g1`]).toBeCloseTo(0.2);
  expect(diffRuns(runs[0].content, runs[1].content)).toEqual([]);
  return { opened, toast: '' };
}

describe('ids named like Object.prototype members', () => {
  it('open every view of a project whose runs, nodes and edges carry them', async () => {
    await fc.assert(
      fc.asyncProperty(names(2), names(6), names(5), async (runIds, nodeIds, edgeIds) => {
        const text = hostileText(nodeIds, edgeIds, runIds);
        const { opened, toast } = await openAndDerive(text);
        // Node and run ids must start with a letter or digit, so "__proto__" and its kin are refused there, with a
        // message naming the id; every other name opens.
        if ([...runIds, ...nodeIds].every((id) => /^[A-Za-z0-9]/.test(id))) expect(opened).toBe(true);
        if (!opened) {
          expect(toast).toMatch(
            /^Could not open 'constructor\.mlp': .*starting with a letter or digit.*Your current project is unchanged\.$/s,
          );
          expect([...runIds, ...nodeIds].some((id) => toast.includes(`"${id}"`) && id.startsWith('_'))).toBe(true);
        } else expect(() => parseProject(text)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('open a project whose every id is one, covering each accepted name as a run id', async () => {
    for (const name of ACCEPTED) {
      const other = ACCEPTED.find((n) => n !== name)!;
      const { opened } = await openAndDerive(hostileText(ACCEPTED.slice(0, 6), ACCEPTED.slice(1, 6), [name, other]));
      expect(opened).toBe(true);
    }
  });
});
