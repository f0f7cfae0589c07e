/**
 * Test support: every derivation the views make from a just-opened document, run the way the
 * components run them (the canvas's nodes and edges, the dataset preview, the runs bar, the compare
 * charts after the run group starts, the runs panel's differences, the lesson step, the saved text).
 */
import { diffRuns } from '../../../src/project/diff';
import { listRuns } from '../../../src/project/runs';
import { selectAnalysis, selectDataPreview } from '../../store/analysis';
import type { AppStore } from '../../store/app-store';
import { FALLBACK_NODE_SIZE } from '../../store/auto-layout';
import { currentLessonStep } from '../../store/classroom-actions';
import { initialComparisonState, applyComparison, startingUpdate, traceUpdate } from '../../store/comparison';
import { arrangeChain } from '../../store/wrap-layout';
import { toFlowEdges, toFlowNodes } from '../canvas/flow-elements';
import { chartRunsOf, gradientRunRows, latestPoint, metricRunRows } from '../runs/run-rows';
import { projectTextOf } from './project-file';

/** What the derivations found, for the caller's checks. */
export interface DerivedViews {
  nodes: number;
  edges: number;
  runs: number;
  charted: number;
  savedText: string;
}

/** Runs every view's derivation over the store's current document; throws whatever a view would throw. */
export function deriveEveryView(store: AppStore): DerivedViews {
  const state = store.getState();
  const { graph } = state.document;
  const analysis = selectAnalysis(state);
  selectDataPreview(state);
  const sizes = new Map(graph.nodes.map((n) => [n.id, { width: 160, height: 80 }]));
  const nodes = toFlowNodes(graph, analysis, { nodeIds: graph.nodes.slice(0, 1).map((n) => n.id), edgeIds: [] }, sizes);
  const edges = toFlowEdges(graph, analysis, { nodeIds: [], edgeIds: graph.edges.slice(0, 1).map((e) => e.id) });
  arrangeChain(graph, sizes, FALLBACK_NODE_SIZE, { width: 1200, height: 600, maxZoom: 1.25 });
  currentLessonStep(state);

  const runs = listRuns(state.document);
  runs.slice(1).forEach((r) => diffRuns(runs[0].content, r.content));
  let comparison = applyComparison(initialComparisonState(), startingUpdate(runs));
  for (const run of runs) {
    const norms = new Map(run.content.graph.nodes.filter((n) => n.kind === 'dense').map((n, i) => [n.id, 1 / (i + 1)]));
    const metrics = [
      { step: 1, epoch: 0, trainLoss: 0.5, trainAccuracy: 0.5, validationLoss: null, validationAccuracy: null },
    ];
    comparison = applyComparison(
      comparison,
      traceUpdate(run.id, { status: 'ready', metrics, gradients: [{ step: 1, epoch: 0, norms }] }),
    );
  }
  const charted = chartRunsOf(runs, comparison.traces);
  charted.forEach((r) => latestPoint(r.trace));
  metricRunRows(charted, ['trainLoss', 'validationLoss']);
  gradientRunRows(charted);
  return {
    nodes: nodes.length,
    edges: edges.length,
    runs: runs.length,
    charted: charted.length,
    savedText: projectTextOf(state),
  };
}
