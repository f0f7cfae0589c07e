import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNode, createNode, removeNodes, updateParams } from '../graph/operations';
import { createProject } from './create';
import { diffRuns, readableSubject, type SettingDifference } from './diff';
import { validFile } from './test-arbitraries';
import type { RunContent } from './types';

const starter = (): RunContent => {
  const { graph, data, training } = createProject();
  return { graph, data, training };
};

describe('diffRuns', () => {
  it('finds nothing between a run and its copy', () => {
    expect(diffRuns(starter(), structuredClone(starter()))).toEqual([]);
  });

  it('names a changed activation with its old and new value', () => {
    const a = starter();
    const b = { ...a, graph: updateParams(a.graph, 'activation-1', { activation: 'sigmoid' }) };
    expect(diffRuns(a, b)).toEqual([
      {
        area: 'graph',
        change: 'changed',
        subject: 'ReLU 1 (Sigmoid 2 there) · activation',
        from: 'relu',
        to: 'sigmoid',
      },
    ]);
  });

  it('lists nested parameters (initialisers), dataset and training settings by their path', () => {
    const a = starter();
    const graph = updateParams(a.graph, 'dense-1', {
      units: 16,
      kernelInitializer: { name: 'heNormal', stddev: 0.05, limit: 0.05 },
    });
    const b: RunContent = {
      graph,
      data: { ...a.data, noise: 0.3 },
      training: { ...a.training, optimizer: { ...a.training.optimizer, learningRate: 0.5 }, batchSize: 64 },
    };
    const found = diffRuns(a, b).map((d) => `${d.area}|${d.subject}|${d.from}→${d.to}`);
    expect(found).toContain('graph|Linear 1 · units|8→16');
    expect(found).toContain(
      `graph|Linear 1 · ` +
        `kernelInitializer.name|${(a.graph.nodes[1].params as { kernelInitializer: { name: string } }).kernelInitializer.name}→heNormal`,
    );
    expect(found).toContain(`data|noise|${a.data.noise}→0.3`);
    expect(found).toContain(`training|optimizer.learningRate|${a.training.optimizer.learningRate}→0.5`);
    expect(found).toContain(`training|batchSize|${a.training.batchSize}→64`);
    expect(found.filter((f) => f.startsWith('data|'))).toHaveLength(1);
  });

  it('reports added and removed nodes and the connections that came and went with them', () => {
    const a = starter();
    const dropout = createNode(a.graph, 'dropout', { x: 0, y: 0 }, { rate: 0.5 });
    const pruned = addNode(removeNodes(a.graph, ['activation-1']), dropout);
    const b = {
      ...a,
      graph: { nodes: pruned.nodes, edges: [...pruned.edges, { id: 'e9', source: 'dense-1', target: dropout.id }] },
    };
    const changes = diffRuns(a, b).map((d) => [d.change, d.subject]);
    expect(changes).toContainEqual(['removed', 'ReLU 1']);
    expect(changes).toContainEqual(['added', dropout.name]);
    expect(changes).toContainEqual(['removed', 'connection Linear 1 → ReLU 1']);
    expect(changes).toContainEqual(['removed', 'connection ReLU 1 → Linear 2']);
    expect(changes).toContainEqual(['added', `connection Linear 1 → ${dropout.name}`]);
  });

  const content = validFile.map(({ graph, data, training }): RunContent => ({ graph, data, training }));
  const mirror = (d: SettingDifference) => ({
    ...d,
    from: d.to,
    to: d.from,
    change: d.change === 'added' ? 'removed' : d.change === 'removed' ? 'added' : 'changed',
  });
  const key = (d: SettingDifference) => `${d.area}|${d.change}|${d.subject}|${d.from}|${d.to}`;

  it('is empty for any run against itself, and the mirror image when the runs swap', () => {
    fc.assert(
      fc.property(content, content, (a, b) => {
        expect(diffRuns(a, structuredClone(a))).toEqual([]);
        const forward = diffRuns(a, b)
          .map(mirror)
          .map((d) => key(d as SettingDifference))
          .sort();
        const backward = diffRuns(b, a).map(key).sort();
        // Node subjects take the name from the run that has the node; a changed parameter names it after the other
        // run, so compare without node names there.
        const strip = (k: string) => k.replace(/^graph\|changed\|.*? · /, 'graph|changed|');
        expect(forward.map(strip).sort()).toEqual(backward.map(strip).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('reports a difference exactly when the settings differ (names and positions aside)', () => {
    fc.assert(
      fc.property(content, content, (a, b) => {
        const settings = (c: RunContent) =>
          JSON.stringify([
            c.graph.nodes.map((n) => [n.id, n.kind, n.params]),
            [...new Set(c.graph.edges.map((e) => `${e.source}>${e.target}`))].sort(),
            c.data,
            c.training,
          ]);
        expect(diffRuns(a, b).length === 0).toBe(settings(a) === settings(b));
      }),
      { numRuns: 150 },
    );
  });

  it('names the common settings as the panels do, and leaves the rest as their path', () => {
    expect(readableSubject('optimizer.learningRate')).toBe('learning rate (η)');
    expect(readableSubject('batchSize')).toBe('batch size');
    expect(readableSubject('Linear 1 · kernelInitializer.name')).toBe('Linear 1 · kernel initialiser');
    expect(readableSubject('Linear 1 · kernelInitializer.stddev')).toBe('Linear 1 · kernel initialiser stddev');
    expect(readableSubject('ReLU 1 · activation')).toBe('ReLU 1 · activation');
    expect(readableSubject('connection Linear 1 → ReLU 1')).toBe('connection Linear 1 → ReLU 1');
    expect(readableSubject('noise')).toBe('noise');
  });
});
