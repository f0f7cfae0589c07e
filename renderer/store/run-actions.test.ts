import { describe, expect, it } from 'vitest';
import { MAX_RUNS } from '../../src/project/limits';
import { listRuns } from '../../src/project/runs';
import { createAppStore } from './app-store';

describe('app store: side-by-side runs', () => {
  it('duplicates into B as one undo step, and the inspector edits B only', () => {
    const store = createAppStore();
    expect(store.getState().duplicateRun()).toBe(true);
    store.getState().updateNodeParams('activation-1', { activation: 'tanh' });
    const runs = listRuns(store.getState().document);
    expect(runs.map((r) => r.name)).toEqual(['A', 'B']);
    const act = (i: number) => runs[i].content.graph.nodes.find((n) => n.id === 'activation-1')?.params;
    expect(act(0)).toMatchObject({ activation: 'relu' });
    expect(act(1)).toMatchObject({ activation: 'tanh' });
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().document.runs).toBeUndefined();
  });

  it('says why in a toast when a run cannot be added or renamed, and changes nothing', () => {
    const store = createAppStore();
    for (let i = 1; i < MAX_RUNS; i++) store.getState().duplicateRun();
    const before = store.getState().document;
    expect(store.getState().duplicateRun()).toBe(false);
    expect(store.getState().view.toast?.message).toMatch(/Remove a run before duplicating/);
    expect(store.getState().renameRun('run-2', 'A')).toBe(false);
    expect(store.getState().view.toast?.message).toMatch(/already called "A"/);
    expect(store.getState().document).toBe(before);
  });

  it('drops a selection the newly active run does not have', () => {
    const store = createAppStore();
    store.getState().duplicateRun();
    const id = store.getState().addNodeAt('dropout', { x: 0, y: 0 });
    expect(store.getState().view.selection.nodeIds).toEqual([id]);
    store.getState().activateRun('run-1');
    expect(store.getState().view.selection.nodeIds).toEqual([]);
  });
});
