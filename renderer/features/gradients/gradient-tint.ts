/**
 * The gradient-flow tint of the canvas: every node coloured by log10 of its gradient magnitude, so
 * a vanishing gradient shows as a network that cools towards the input. A Linear node uses its own
 * kernel gradient norm; any other node borrows the nearest Linear layer downstream of it (the
 * gradient that reaches it is the one that layer passes back); nodes with none downstream stay plain.
 */
import type { Graph } from '../../../src/graph/index';
import type { StatsSample } from '../../../src/training/index';
import { type Rgb, sequentialColour, toHex } from '../charts/colours';
import { kernelGradNorm } from './gradient-health';

/** The tint scale always spans at least this many decades, so small differences do not look dramatic. */
export const MIN_TINT_DECADES = 3;

/** log10 of each tinted node's gradient magnitude and the scale's [low, high] in decades. */
export interface GradientTint {
  log10ByNode: Map<string, number>;
  domain: [number, number];
}

/** The kernel gradient norm of each Linear node in the sample that has a positive, finite one. */
function linearNorms(sample: StatsSample): Map<string, number> {
  const norms = new Map<string, number>();
  for (const layer of sample.layers) {
    const norm = kernelGradNorm(layer);
    if (norm !== null && norm > 0) norms.set(layer.nodeId, norm);
  }
  return norms;
}

/** The norm of the Linear node nearest downstream of `start` (breadth first, edges in order), or null. */
function nearestDownstream(
  graph: Graph,
  start: string,
  norms: Map<string, number>,
  outgoing: Map<string, string[]>,
): number | null {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const target of outgoing.get(id) ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        const norm = norms.get(target);
        if (norm !== undefined) return norm;
        next.push(target);
      }
    }
    frontier = next;
  }
  return null;
}

/** The [low, high] decades of the scale: whole decades around the values, widened to MIN_TINT_DECADES below the top. */
export function tintDomain(log10Values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of log10Values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return [-MIN_TINT_DECADES, 0];
  const high = Math.ceil(max) || 0; // never −0 in a legend
  const low = Math.min(Math.floor(min), high - MIN_TINT_DECADES);
  return [low, high];
}

/** The tint of every node of `graph` from a statistics sample; null when there is no sample or nothing to tint. */
export function gradientTint(graph: Graph, sample: StatsSample | null): GradientTint | null {
  if (!sample) return null;
  const norms = linearNorms(sample);
  if (norms.size === 0) return null;
  const outgoing = new Map<string, string[]>();
  for (const e of graph.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e.target]);
  const log10ByNode = new Map<string, number>();
  for (const node of graph.nodes) {
    const norm = norms.get(node.id) ?? nearestDownstream(graph, node.id, norms, outgoing);
    if (norm !== null) log10ByNode.set(node.id, Math.log10(norm));
  }
  return { log10ByNode, domain: tintDomain(log10ByNode.values()) };
}

/** The colour of a log10 magnitude on the scale `stops` over `domain` (low end = the first stop). */
export function tintColour(log10: number, domain: [number, number], stops: Rgb[]): string {
  const [low, high] = domain;
  return toHex(sequentialColour(stops, high > low ? (log10 - low) / (high - low) : 1));
}

/** Colour per node id for the canvas (null while there is no tint). */
export function tintColours(tint: GradientTint | null, stops: Rgb[]): Map<string, string> | null {
  if (!tint) return null;
  const colours = new Map<string, string>();
  for (const [id, v] of tint.log10ByNode) colours.set(id, tintColour(v, tint.domain, stops));
  return colours;
}

/**
 * Steps per decade the canvas tint is rounded to: finer than the eye tells apart on a scale of at
 * least MIN_TINT_DECADES, coarse enough that most statistics samples change no node's colour, so the
 * canvas is restyled and repainted only when a colour really moves (not ten times a second).
 */
export const TINT_STEPS_PER_DECADE = 20;

/** The tint as a string, its magnitudes rounded to TINT_STEPS_PER_DECADE (equal strings, equal colours); '' for no tint. */
export function tintKey(tint: GradientTint | null): string {
  if (!tint) return '';
  const levels = [...tint.log10ByNode].map(([id, v]) => [id, Math.round(v * TINT_STEPS_PER_DECADE)]);
  return JSON.stringify([tint.domain, levels]);
}

/** The tint a tintKey stands for (its magnitudes rounded); null for ''. */
export function tintFromKey(key: string): GradientTint | null {
  if (key === '') return null;
  const [domain, levels] = JSON.parse(key) as [[number, number], [string, number][]];
  return { domain, log10ByNode: new Map(levels.map(([id, level]) => [id, level / TINT_STEPS_PER_DECADE])) };
}
