import { inputsOf, outputsOf } from './topology';
import type { Graph } from './types';

/** Ids of the nodes reachable from `startIds` along the edges (forward) or against them (backward), the starts included. */
export function reachable(graph: Graph, startIds: Iterable<string>, direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set(startIds);
  const stack = [...seen];
  const next = direction === 'forward' ? outputsOf : inputsOf;
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const other of next(graph, id)) {
      if (!seen.has(other)) {
        seen.add(other);
        stack.push(other);
      }
    }
  }
  return seen;
}

/**
 * The strongly connected components that contain a cycle (two or more nodes, or one node feeding
 * itself), found with Tarjan's algorithm; each is listed in document order.
 */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    for (const next of outputsOf(graph, id)) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) as number, index.get(next) as number));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    const selfLoop = graph.edges.some((e) => e.source === id && e.target === id);
    if (component.length > 1 || selfLoop) components.push(component);
  };
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const n of graph.nodes) if (!index.has(n.id)) visit(n.id);
  const rank = new Map(graph.nodes.map((n, i) => [n.id, i]));
  return components
    .map((c) => c.filter((id) => ids.has(id)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)))
    .sort((a, b) => (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0));
}

/** A loop through `startId` inside one cycle component, as ids from the start back to it (the start appears at both ends). */
export function loopThrough(graph: Graph, startId: string, component: string[]): string[] {
  const inside = new Set(component);
  const parent = new Map<string, string>();
  const queue = [startId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const next of outputsOf(graph, id)) {
      if (!inside.has(next)) continue;
      if (next === startId) {
        const path = [startId];
        for (let at = id; at !== startId; at = parent.get(at) as string) path.splice(1, 0, at);
        return [...path, startId];
      }
      if (!parent.has(next)) {
        parent.set(next, id);
        queue.push(next);
      }
    }
  }
  return [startId, startId];
}
