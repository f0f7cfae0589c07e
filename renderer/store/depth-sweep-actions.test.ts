import { describe, expect, it } from 'vitest';
import { DEFAULT_SWEEP_SETTINGS, type DepthSweepPoint } from '../../src/training/depth-sweep/settings';
import { createAppStore } from './app-store';
import { depthSweepOf } from './depth-sweep-actions';
import { isDirty } from './view-slice';

const point = (depth: number): DepthSweepPoint => ({
  activation: 'sigmoid',
  depth,
  firstGradNorm: 10 ** -depth,
  lastGradNorm: 0.1,
  trainLoss: 0.69,
});

describe('depth sweep in the document', () => {
  it('starts from the defaults, and a settings change is one undo step that marks the project unsaved', () => {
    const store = createAppStore();
    expect(depthSweepOf(store.getState().document)).toEqual({ settings: DEFAULT_SWEEP_SETTINGS, results: null });
    store.getState().setDepthSweepSettings({ maxDepth: 4, activations: ['relu'] });
    expect(store.getState().document.depthSweep?.settings).toMatchObject({
      minDepth: 1,
      maxDepth: 4,
      activations: ['relu'],
    });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().document.depthSweep).toBeUndefined();
  });

  it('keeps the latest results through undo and redo of settings edits', () => {
    const store = createAppStore();
    store.getState().setDepthSweepSettings({ steps: 5 });
    store.getState().setDepthSweepResults([point(1), point(2)]);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().document.depthSweep?.settings.steps).toBe(DEFAULT_SWEEP_SETTINGS.steps);
    expect(store.getState().document.depthSweep?.results).toEqual([point(1), point(2)]);
    store.getState().redo();
    expect(store.getState().document.depthSweep).toEqual({
      settings: { ...DEFAULT_SWEEP_SETTINGS, steps: 5 },
      results: [point(1), point(2)],
    });
  });
});
