// The plane of data with more than two columns: the driver tells the worker the user's choice and keeps what the
// worker's grids say about it.
import { describe, expect, it } from 'vitest';
import { fakeDriver, readyOn } from './test-support';

const setup = () => fakeDriver();

describe('training driver, one network: the projected plane', () => {
  it('sends a picked plane to the worker at once, and with init once one is picked', () => {
    const { store, workers, flush } = setup();
    store.getState().setProjection({ kind: 'features', x: 0, y: 2 });
    store.getState().startTraining();
    flush();
    expect(workers[0].last('init')?.moments).toEqual({ resolution: 48, projection: { kind: 'features', x: 0, y: 2 } });
    workers[0].report(readyOn('wasm'));
    store.getState().setProjection({ kind: 'pca' });
    expect(workers[0].last('setProjection')).toEqual({ type: 'setProjection', projection: { kind: 'pca' } });
  });

  it('keeps the plane and the predicted classes a moment brings', () => {
    const { store, workers, flush } = setup();
    store.getState().startTraining();
    flush();
    workers[0].report(readyOn('wasm'));
    const predictions = { train: Uint8Array.from([0, 1, 1]), validation: Uint8Array.from([1]) };
    workers[0].report({
      type: 'moment',
      step: 0,
      epoch: 0,
      resolution: 2,
      channels: 1,
      values: new Float32Array(4),
      kept: true,
      projection: { kind: 'pca' },
      predictions,
    });
    flush();
    const grid = store.getState().training.grids.at(-1);
    expect(grid?.projection).toEqual({ kind: 'pca' });
    expect(grid?.predictions).toBe(predictions);
  });
});
