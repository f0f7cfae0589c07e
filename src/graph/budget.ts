import { graphIssue, type GraphIssue } from './issues';
import type { NodeShape } from './shapes';
import type { ResourceBudget } from './resource-budget';
import type { Graph, GraphNode } from './types';

export type { ResourceBudget };

/**
 * The budgets per device class. The web page and the desktop window both train in a Chromium
 * worker, whose tab dies past a few GB: 25 M weights are about 400 MB with Adam's moments. The
 * command line (Node) has a desktop's memory: 50 M weights, about 800 MB. A step of 5 G
 * multiply-adds takes seconds on the fast engine (1-2 G/s forward, ≈ 3× that with the backward pass).
 */
export const RESOURCE_BUDGETS = {
  browser: { where: 'in a browser tab or the desktop window', maxParams: 25_000_000, maxMultiplyAddsPerStep: 5e9 },
  node: { where: 'on the command line', maxParams: 50_000_000, maxMultiplyAddsPerStep: 2e10 },
} as const satisfies Record<string, ResourceBudget>;

/** The budget of the runtime this code runs in: Node's (the CLI, tests) when `process.versions.node` exists, else the browser's. */
export function defaultBudget(): ResourceBudget {
  const runtime = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof runtime?.versions?.node === 'string' ? RESOURCE_BUDGETS.node : RESOURCE_BUDGETS.browser;
}

/** Rows in one training batch: batchSize 0 (full batch) or one at least the sample count means every sample. */
export function batchRowsOf(batchSize: number, samples: number): number {
  const n = Math.max(1, samples);
  return batchSize <= 0 || batchSize >= n ? n : batchSize;
}

/** Multiply-adds of one sample's forward pass: Σ over Linear nodes of input width × units (nodes of unknown width count 0). */
export function multiplyAddsPerSample(graph: Graph, shapes: Map<string, NodeShape>): number {
  let total = 0;
  for (const node of graph.nodes)
    if (node.kind === 'dense') total += (shapes.get(node.id)?.inputWidths[0] ?? 0) * node.params.units;
  return total;
}

const count = (value: number) => Math.round(value).toLocaleString('en-US');

/** The three nodes with the largest share, named with their numbers: "'Linear 2' (1,049,600), 'Linear 3' (1,049,600)". */
function largest(graph: Graph, sizeOf: (node: GraphNode) => number): string {
  const ranked = graph.nodes
    .map((node) => ({ node, size: sizeOf(node) }))
    .filter((e) => e.size > 0)
    .sort((a, b) => b.size - a.size);
  const named = ranked
    .slice(0, 3)
    .map((e) => `'${e.node.name}' (${count(e.size)})`)
    .join(', ');
  return ranked.length > 3 ? `${named} and ${ranked.length - 3} more` : named;
}

/**
 * Checks a network against a resource budget before anything is built: its weights (`counts` per
 * node) and, when the batch is known, the multiply-adds of one step. Each excess is an error that
 * names the number, the limit and the largest layers.
 */
export function checkBudget(
  graph: Graph,
  shapes: Map<string, NodeShape>,
  counts: Map<string, number>,
  budget: ResourceBudget,
  batchRows?: number,
): GraphIssue[] {
  const issues: GraphIssue[] = [];
  let params = 0;
  for (const value of counts.values()) params += value;
  if (params > budget.maxParams) {
    issues.push(
      graphIssue(
        'error',
        'too-many-parameters',
        `The network has ${count(params)} parameters; the limit is ${count(budget.maxParams)} ${budget.where}. ` +
          `Reduce the units of its largest layers, ${largest(graph, (n) => counts.get(n.id) ?? 0)}, or remove layers.`,
      ),
    );
  }
  if (batchRows === undefined) return issues;
  const perSample = multiplyAddsPerSample(graph, shapes);
  const work = perSample * batchRows;
  if (work > budget.maxMultiplyAddsPerStep) {
    const perNode = (n: GraphNode) =>
      n.kind === 'dense' ? (shapes.get(n.id)?.inputWidths[0] ?? 0) * n.params.units : 0;
    issues.push(
      graphIssue(
        'error',
        'too-much-work-per-step',
        `One training step takes ${count(work)} multiply-adds (${count(perSample)} per sample × a batch of ` +
          `${count(batchRows)}); the limit is ${count(budget.maxMultiplyAddsPerStep)} ${budget.where}. Lower the ` +
          `batch size, or reduce the units of ${largest(graph, perNode)}.`,
      ),
    );
  }
  return issues;
}
