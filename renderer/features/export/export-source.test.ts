import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { emptyTrace } from '../../store/comparison';
import { currentWeights } from './export-source';

const kernel = (value: number) => [
  { nodeId: 'dense-1', name: 'kernel', shape: [1, 1], values: Float32Array.from([value]) },
];

describe('currentWeights', () => {
  it('reads the training slice for a single run', () => {
    const store = createAppStore(createProject());
    expect(currentWeights(store.getState())).toBeNull();
    store.getState().applyTrainingUpdate({ patch: { weights: kernel(1), weightsAt: { step: 7, epoch: 0 } } });
    expect(currentWeights(store.getState())).toMatchObject({ step: 7 });
  });

  it("reads the active run's weights while runs are compared, where the single-run slice has none", () => {
    const store = createAppStore(createProject());
    store.getState().duplicateRun();
    const active = store.getState().document.runs?.active as string;
    expect(currentWeights(store.getState())).toBeNull();
    store.getState().applyComparisonUpdate({
      traces: new Map([[active, { ...emptyTrace(active), weights: { weights: kernel(3), step: 40 } }]]),
    });
    const read = currentWeights(store.getState());
    expect(read?.step).toBe(40);
    expect(Array.from(read?.weights[0].values ?? [])).toEqual([3]);
  });
});
