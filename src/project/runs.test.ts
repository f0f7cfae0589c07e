import { describe, expect, it } from 'vitest';
import { updateParams } from '../graph/operations';
import { createProject, toDocument } from './create';
import { MAX_RUNS } from './limits';
import { activateRun, activeRun, duplicateRefusal, duplicateRun, listRuns, removeRun, renameRun } from './runs';
import type { ProjectDocument } from './types';

const starter = (): ProjectDocument => toDocument(createProject());
const activationOf = (doc: ProjectDocument, id: string) => {
  const node = doc.graph.nodes.find((n) => n.id === id);
  return node?.kind === 'activation' ? node.params.activation : undefined;
};

describe('side-by-side runs', () => {
  it('sees a project without runs as the one run A, active', () => {
    const doc = starter();
    expect(listRuns(doc)).toEqual([
      {
        id: 'run-1',
        name: 'A',
        index: 0,
        active: true,
        content: { graph: doc.graph, data: doc.data, training: doc.training },
      },
    ]);
  });

  it('duplicates the active run into B, makes B active and keeps A as it was', () => {
    const a = starter();
    const doc = duplicateRun(a);
    const runs = listRuns(doc);
    expect(runs.map((r) => [r.name, r.active])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(runs[0].content).toEqual({ graph: a.graph, data: a.data, training: a.training });
    expect(runs[1].content).toEqual(runs[0].content);
    expect(runs[1].content.graph).not.toBe(runs[0].content.graph);
    // The active run's content is the document's own; its entry carries none.
    expect(doc.runs?.list[1]).toEqual({ id: 'run-2', name: 'B' });
    expect(doc.graph).toBe(runs[1].content.graph);
  });

  it('edits only the active run, and switching brings the other run back unchanged', () => {
    const b = duplicateRun(starter());
    const edited = { ...b, graph: updateParams(b.graph, 'activation-1', { activation: 'tanh' }) };
    expect(activationOf(edited, 'activation-1')).toBe('tanh');
    const backToA = activateRun(edited, 'run-1');
    expect(activeRun(backToA).name).toBe('A');
    expect(activationOf(backToA, 'activation-1')).toBe('relu');
    expect(activationOf({ ...backToA, graph: listRuns(backToA)[1].content.graph }, 'activation-1')).toBe('tanh');
    expect(activationOf(activateRun(backToA, 'run-2'), 'activation-1')).toBe('tanh');
  });

  it('names runs A, B, C, D and refuses a fifth with the reason', () => {
    let doc = starter();
    for (let i = 1; i < MAX_RUNS; i++) doc = duplicateRun(doc);
    expect(listRuns(doc).map((r) => r.name)).toEqual(['A', 'B', 'C', 'D'].slice(0, MAX_RUNS));
    expect(duplicateRefusal(doc)).toMatch(new RegExp(`${MAX_RUNS} runs.*Remove a run`));
    expect(() => duplicateRun(doc)).toThrow(/Remove a run/);
  });

  it('renames a run, refusing blank and duplicate names with the reason', () => {
    const doc = duplicateRun(starter());
    expect(listRuns(renameRun(doc, 'run-2', '  ReLU ')).map((r) => r.name)).toEqual(['A', 'ReLU']);
    expect(() => renameRun(doc, 'run-2', '  ')).toThrow(/needs a name/);
    expect(() => renameRun(doc, 'run-2', 'A')).toThrow(/already called "A"/);
    expect(() => renameRun(doc, 'run-2', 'x'.repeat(41))).toThrow(/41 characters.*at most 40/);
  });

  it('removes a run; removing the active one activates the one before; one run left is a plain project again', () => {
    let doc = duplicateRun(duplicateRun(starter()));
    doc = { ...doc, graph: updateParams(doc.graph, 'activation-1', { activation: 'elu' }) };
    const withoutC = removeRun(doc, 'run-3');
    expect(listRuns(withoutC).map((r) => [r.name, r.active])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    const withoutB = removeRun(withoutC, 'run-2');
    expect(withoutB.runs).toBeUndefined();
    expect(activationOf(withoutB, 'activation-1')).toBe('relu');
    // Removing an inactive run keeps the active one's edits.
    const keepC = removeRun(doc, 'run-1');
    expect(listRuns(keepC).map((r) => r.name)).toEqual(['B', 'C']);
    expect(activationOf(keepC, 'activation-1')).toBe('elu');
  });

  it('never reuses the id of a removed run, so colours and series stay with their run', () => {
    const doc = removeRun(duplicateRun(duplicateRun(starter())), 'run-2');
    const again = duplicateRun(doc);
    expect(listRuns(again).map((r) => r.id)).toEqual(['run-1', 'run-3', 'run-4']);
    expect(listRuns(again).map((r) => r.name)).toEqual(['A', 'C', 'B']);
  });
});
