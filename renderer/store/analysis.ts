/**
 * Derived state: validation issues, inferred shapes, parameter counts and the previewed dataset.
 * Computed from the document on demand and memoised on its (immutable) parts, so React selectors
 * get the same object back until the graph or the dataset spec really changes.
 */
import { generateDataset, splitDataset, type DatasetSpec, type SplitDataset, type Task } from '../../src/data/index';
import {
  batchRowsOf,
  RESOURCE_BUDGETS,
  inferShapes,
  type NodeShape,
  paramCounts,
  type Graph,
  type GraphIssue,
  isTrainable,
  validateGraph,
} from '../../src/graph/index';
import { offThreadDataset } from './csv-tables';
import type { AppState } from './types';

/** The generated dataset behind the preview, or the reason there is none. */
export interface DataPreview {
  split: SplitDataset | null;
  task: Task | null;
  classes: number;
  /** Raw feature columns of the dataset (2 for the plane generators). */
  features: number;
  error: string | null;
  /** True while a large table is parsed off the page's thread. */
  pending?: boolean;
}

/** What the canvas, the toolbar and the inspector show about the graph. */
export interface GraphAnalysis {
  issues: GraphIssue[];
  /** Issues per node id; nodes without issues are absent. */
  issuesByNode: Map<string, GraphIssue[]>;
  /** Issues about the graph as a whole (no input, no output, ...). */
  graphIssues: GraphIssue[];
  shapes: Map<string, NodeShape>;
  paramCounts: Map<string, number>;
  totalParams: number;
  trainable: boolean;
}

function memoizeLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

/** The preview while a large table is still being parsed off the page's thread. */
const PENDING_PREVIEW: DataPreview = { split: null, task: null, classes: 0, features: 0, error: null, pending: true };

/**
 * Generates and splits the dataset a spec describes; a bad spec or table gives its error message
 * instead of throwing. A table of LARGE_CSV_CHARS or more is never parsed here: its dataset comes
 * from the off-thread parse (use-table-parsing.ts), and the preview is pending until then.
 */
export function previewData(spec: DatasetSpec): DataPreview {
  try {
    const table = offThreadDataset(spec);
    if (table && 'pending' in table) return PENDING_PREVIEW;
    if (table && 'error' in table) return { ...PENDING_PREVIEW, pending: false, error: table.error };
    const dataset = table?.dataset ?? generateDataset(spec);
    const split = splitDataset(dataset, spec.validationSplit, spec.seed);
    return { split, task: dataset.task, classes: dataset.classes, features: dataset.features, error: null };
  } catch (error) {
    return {
      split: null,
      task: null,
      classes: 0,
      features: 0,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The input width validation should hold the Input to: the dataset's columns, except that plane
 * features read 1- and 2-column data alike (1-column data is widened with x2 = 0).
 */
function inputWidthFor(graph: Graph, data: DataPreview): number | undefined {
  const input = graph.nodes.find((n) => n.kind === 'input');
  if (input?.kind === 'input' && input.params.source === 'plane' && data.features <= 2) return undefined;
  return data.features;
}

/**
 * Validates and measures a graph against the data it will be trained on; with the batch size, the
 * multiply-adds of one step are held to the resource budget too (the weights always are).
 */
export function analyseGraph(graph: Graph, data: DataPreview, batchSize?: number): GraphAnalysis {
  const batchRows = batchSize !== undefined && data.split ? batchRowsOf(batchSize, data.split.train.n) : undefined;
  // The page and the desktop window both train in a Chromium worker: the browser's budget applies.
  const budget = RESOURCE_BUDGETS.browser;
  const context = data.task
    ? { task: data.task, classes: data.classes, inputWidth: inputWidthFor(graph, data), batchRows, budget }
    : { budget };
  const issues = validateGraph(graph, context);
  const issuesByNode = new Map<string, GraphIssue[]>();
  for (const issue of issues) {
    if (issue.nodeId === null) continue;
    issuesByNode.set(issue.nodeId, [...(issuesByNode.get(issue.nodeId) ?? []), issue]);
  }
  const counts = paramCounts(graph);
  let total = 0;
  for (const count of counts.values()) total += count;
  return {
    issues,
    issuesByNode,
    graphIssues: issues.filter((i) => i.nodeId === null),
    shapes: inferShapes(graph),
    paramCounts: counts,
    totalParams: total,
    trainable: isTrainable(issues),
  };
}

const memoPreview = memoizeLast((spec: DatasetSpec, _tablesParsed: number) => previewData(spec));
const memoAnalysis = memoizeLast(analyseGraph);

/** The previewed dataset of the current document (memoised on the dataset spec and the count of tables parsed off the page's thread). */
export function selectDataPreview(state: Pick<AppState, 'document' | 'view'>): DataPreview {
  return memoPreview(state.document.data, state.view.tablesParsed);
}

/** The analysis of the current graph (memoised on the graph, the dataset preview and the batch size). */
export function selectAnalysis(state: Pick<AppState, 'document' | 'view'>): GraphAnalysis {
  return memoAnalysis(state.document.graph, selectDataPreview(state), state.document.training.batchSize);
}
