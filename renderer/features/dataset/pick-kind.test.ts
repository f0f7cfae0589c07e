import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { pickDatasetKind } from './pick-kind';

/** The Input node's params of a store's document. */
function inputParams(store: ReturnType<typeof createAppStore>) {
  const input = store.getState().document.graph.nodes.find((n) => n.kind === 'input');
  if (input?.kind !== 'input') throw new Error('the starter project has an Input node');
  return input.params;
}

describe('picking a dataset kind', () => {
  it('a real data set reads its table columns, standardised, and one undo restores the plane', () => {
    const store = createAppStore(createProject());
    expect(inputParams(store).source).toBe('plane');
    pickDatasetKind(store.getState(), 'digits');
    expect(store.getState().document.data).toMatchObject({ kind: 'digits', standardize: true });
    expect(inputParams(store)).toMatchObject({ source: 'table', columns: 64 });
    store.getState().undo();
    expect(store.getState().document.data.kind).toBe('moons');
    expect(inputParams(store).source).toBe('plane');
  });

  it('going from a real data set back to a generator switches the Input node back to x1, x2', () => {
    const store = createAppStore(createProject());
    pickDatasetKind(store.getState(), 'wine');
    expect(inputParams(store).columns).toBe(13);
    pickDatasetKind(store.getState(), 'circles');
    expect(inputParams(store)).toMatchObject({ source: 'plane', features: ['x1', 'x2'] });
  });
});
