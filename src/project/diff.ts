/**
 * What differs between two runs' settings: nodes added or removed, node parameters changed (old →
 * new), connections added or removed, dataset settings and training settings. Pure, so the list a
 * teacher reads aloud is the same list the tests check.
 */
import type { GraphNode } from '../graph/types';
import { nodeSummary } from '../layers/index';
import type { RunContent } from './types';

/** One difference, from the reference run's value to the other run's. */
export interface SettingDifference {
  area: 'graph' | 'data' | 'training';
  change: 'added' | 'removed' | 'changed';
  /** What differs, as a person names it: "Act 1 · activation", "connection Linear 1 → ReLU 1", "optimizer.learningRate". */
  subject: string;
  /** The value in the reference run (null when the thing is absent there). */
  from: string | null;
  /** The value in the other run (null when the thing is absent there). */
  to: string | null;
}

type Leaf = string | number | boolean | null;

/** How the settings panels name the common settings, so the list reads as the panels do. */
const SETTING_NAMES: Readonly<Record<string, string>> = {
  'optimizer.name': 'optimizer',
  'optimizer.learningRate': 'learning rate (η)',
  'optimizer.momentum': 'momentum',
  'optimizer.beta1': 'Adam β1',
  'optimizer.beta2': 'Adam β2',
  'optimizer.epsilon': 'ε',
  'optimizer.rho': 'RMSprop ρ',
  batchSize: 'batch size',
  statsEvery: 'statistics every (steps)',
  l1: 'L1 penalty',
  l2: 'L2 penalty',
  validationSplit: 'validation split',
  standardize: 'standardise features',
  kernelInitializer: 'kernel initialiser',
  biasInitializer: 'bias initialiser',
  useBias: 'use bias',
};

/**
 * A dotted settings path as a person reads it: "optimizer.learningRate" → "learning rate (η)",
 * "kernelInitializer.name" → "kernel initialiser".
 */
export function settingName(path: string): string {
  if (SETTING_NAMES[path]) return SETTING_NAMES[path];
  const [head, ...rest] = path.split('.');
  if (SETTING_NAMES[head] && rest.length > 0)
    return rest[rest.length - 1] === 'name' ? SETTING_NAMES[head] : `${SETTING_NAMES[head]} ${rest.join('.')}`;
  return path;
}

/** A difference's subject as the list shows it: the setting part named as the panels name it ("Linear 1 · kernel initialiser"). */
export function readableSubject(subject: string): string {
  const cut = subject.lastIndexOf(' · ');
  return cut < 0 ? settingName(subject) : `${subject.slice(0, cut + 3)}${settingName(subject.slice(cut + 3))}`;
}

/** Flattens nested settings into dotted paths ("kernelInitializer.name"); lists are compared whole. */
function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      if (inner !== undefined) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, formatSetting(value as Leaf | Leaf[]));
  }
  return out;
}

/** A setting's value as the list shows it: numbers as written, lists comma-separated, long text shortened. */
export function formatSetting(value: Leaf | Leaf[]): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => formatSetting(v)).join(', ');
  if (typeof value === 'string')
    return value.length > 40 ? `${value.slice(0, 37)}… (${value.length} characters)` : value;
  return String(value);
}

/** The differences of two flattened settings objects, in the reference's key order, then the keys only the other has. */
function compareSettings(area: SettingDifference['area'], prefix: string, a: unknown, b: unknown): SettingDifference[] {
  const left = flatten(a, '', new Map());
  const right = flatten(b, '', new Map());
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  const found: SettingDifference[] = [];
  for (const key of keys) {
    const from = left.get(key) ?? null;
    const to = right.get(key) ?? null;
    if (from === to) continue;
    found.push({
      area,
      change: from === null ? 'added' : to === null ? 'removed' : 'changed',
      subject: `${prefix}${key}`,
      from,
      to,
    });
  }
  return found;
}

const nodeLabel = (node: GraphNode) => node.name || node.id;
/** A node by its reference name; a node renamed in the other run (changing an activation renames it) says both. */
const pairLabel = (reference: GraphNode, other: GraphNode) =>
  nodeLabel(reference) === nodeLabel(other)
    ? nodeLabel(reference)
    : `${nodeLabel(reference)} (${nodeLabel(other)} there)`;
const describeNode = (node: GraphNode) => `${node.kind}: ${nodeSummary(node)}`;

/** Differences of the networks: nodes matched by id (names and positions are not settings), then connections matched by their ends. */
function compareGraphs(a: RunContent['graph'], b: RunContent['graph']): SettingDifference[] {
  const found: SettingDifference[] = [];
  const right = new Map(b.nodes.map((n) => [n.id, n]));
  const left = new Map(a.nodes.map((n) => [n.id, n]));
  for (const node of a.nodes) {
    const other = right.get(node.id);
    if (!other || other.kind !== node.kind)
      found.push({ area: 'graph', change: 'removed', subject: nodeLabel(node), from: describeNode(node), to: null });
    else found.push(...compareSettings('graph', `${pairLabel(node, other)} · `, node.params, other.params));
  }
  for (const node of b.nodes) {
    const original = left.get(node.id);
    if (!original || original.kind !== node.kind)
      found.push({ area: 'graph', change: 'added', subject: nodeLabel(node), from: null, to: describeNode(node) });
  }
  const nameIn = (nodes: Map<string, GraphNode>, id: string) => (nodes.get(id) ? nodeLabel(nodes.get(id)!) : id);
  const ends = (edges: RunContent['graph']['edges']) => new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  const [edgesA, edgesB] = [ends(a.edges), ends(b.edges)];
  for (const key of edgesA) {
    if (edgesB.has(key)) continue;
    const [source, target] = key.split('\u0000');
    found.push({
      area: 'graph',
      change: 'removed',
      subject: `connection ${nameIn(left, source)} → ${nameIn(left, target)}`,
      from: 'connected',
      to: null,
    });
  }
  for (const key of edgesB) {
    if (edgesA.has(key)) continue;
    const [source, target] = key.split('\u0000');
    found.push({
      area: 'graph',
      change: 'added',
      subject: `connection ${nameIn(right, source)} → ${nameIn(right, target)}`,
      from: null,
      to: 'connected',
    });
  }
  return found;
}

/**
 * Lists what differs between a reference run and another: the network first (nodes, parameters,
 * connections), then the dataset settings, then the training settings. Empty when they train alike.
 */
export function diffRuns(reference: RunContent, other: RunContent): SettingDifference[] {
  return [
    ...compareGraphs(reference.graph, other.graph),
    ...compareSettings('data', '', reference.data, other.data),
    ...compareSettings('training', '', reference.training, other.training),
  ];
}
