import type { Task } from '../data/types';
import type { ResourceBudget } from './resource-budget';
import type { GraphNode } from './types';

/** One problem found in a graph; `nodeId` is null for problems of the whole graph (no Input, say). */
export interface GraphIssue {
  nodeId: string | null;
  /** Errors stop training; warnings only inform. */
  severity: 'error' | 'warning';
  /** Stable machine-readable name of the problem ('cycle', 'add-width-mismatch', ...), for tests and the UI. */
  code: string;
  /** What is wrong, the offending value and the fix, in words for a person. */
  message: string;
}

/** What validation may know about the data the network will be trained on. */
export interface ValidationContext {
  /** Values per sample the Input must produce (PreparedData.inputWidth); for plane sources the dataset's 2 raw columns are accepted too. */
  inputWidth?: number;
  task?: Task;
  /** Number of classes (binary: 2; regression: 1). */
  classes?: number;
  /** Rows of one training batch (see batchRowsOf); when given, the multiply-adds of a step are checked against the budget. */
  batchRows?: number;
  /** The resource budget to hold the network to; defaultBudget() of the runtime when absent. */
  budget?: ResourceBudget;
}

/** Builds an issue about one node; the message starts with the node's name, as every node message does. */
export function nodeIssue(node: GraphNode, severity: GraphIssue['severity'], code: string, text: string): GraphIssue {
  return { nodeId: node.id, severity, code, message: `Node '${node.name}': ${text}` };
}

/** Builds an issue about the graph as a whole. */
export function graphIssue(severity: GraphIssue['severity'], code: string, message: string): GraphIssue {
  return { nodeId: null, severity, code, message };
}

/** Whether a network with these issues can be trained: true when none of them is an error. */
export function isTrainable(issues: readonly GraphIssue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}

/** Quotes node names for a message: 'A', 'B' and 'C'. */
export function quoteNames(nodes: readonly GraphNode[]): string {
  const quoted = nodes.map((n) => `'${n.name}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
