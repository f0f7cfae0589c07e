// Save and Open with trained state, through the file commands: by default the file carries the
// weights and history (unless the user unticks it), the toast says what was written,
// and opening such a file puts them back into the training slice.
import { describe, expect, it } from 'vitest';
import { createProject, parseProject } from '../../src/project/index';
import { createFakePlatform } from '../features/files/fake-platform';
import { createFileCommands } from '../features/files/file-commands';
import { createAppStore } from '../store/app-store';

const weights = [{ nodeId: 'dense-1', name: 'bias', shape: [2], values: new Float32Array([0.5, -2]) }];
const metrics = [3, 6].map((step) => ({
  step,
  epoch: 0,
  trainLoss: 0.4,
  trainAccuracy: 0.9,
  validationLoss: 0.5,
  validationAccuracy: 0.85,
}));

function trainedStore() {
  const store = createAppStore(createProject());
  store.getState().applyTrainingUpdate({
    metrics,
    patch: {
      weights,
      weightsAt: { step: 6, epoch: 0 },
      counters: { step: 6, epoch: 0, batchInEpoch: 6, batchesPerEpoch: 10 },
    },
  });
  return store;
}

describe('saving trained state', () => {
  it('keeps the trained weights and history by default, leaves them out when unticked, and the toast says which', async () => {
    const store = trainedStore();
    const platform = createFakePlatform();
    platform.nextSave = { name: 'moons.mlp', handle: null };
    const files = createFileCommands(store, platform);
    await files.saveAs();
    const state = parseProject(platform.saves[0].text).state;
    expect(state).toMatchObject({ step: 6, epoch: 0, history: metrics });
    expect(state?.weights.map((w) => [w.nodeId, w.name, w.shape])).toEqual([['dense-1', 'bias', [2]]]);
    expect(store.getState().view.toast?.message).toMatch(/^Saved '.+' with weights at epoch 0 \(step 6\)\.$/);
    store.getState().setKeepTrainedState(false);
    await files.save();
    expect(parseProject(platform.saves[1].text).state).toBeUndefined();
    expect(store.getState().view.toast?.message).toMatch(/^Saved '.+' without trained weights\.$/);
  });

  it('says so when there is nothing trained to keep', async () => {
    const store = createAppStore(createProject());
    const platform = createFakePlatform();
    platform.nextSave = { name: 'fresh.mlp', handle: null };
    await createFileCommands(store, platform).saveAs();
    expect(parseProject(platform.saves[0].text).state).toBeUndefined();
    expect(store.getState().view.toast?.message).toMatch(/^Saved '.+' \(not trained yet, so no weights\)\.$/);
  });

  it('reads fresh weights first when the ones held are older than the counters, so the file resumes at the step shown', async () => {
    const store = trainedStore();
    store.getState().applyTrainingUpdate({
      patch: { counters: { step: 9, epoch: 0, batchInEpoch: 9, batchesPerEpoch: 10 }, status: 'paused' },
    });
    let asked = 0;
    store.getState().attachTrainingRuntime({
      start() {},
      pause() {},
      stepBatch() {},
      stepEpoch() {},
      reset() {},
      setBackendPreference() {},
      rollBack() {},
      resumeFrom() {},
      async readWeights() {
        asked += 1;
        store.getState().applyTrainingUpdate({ patch: { weights, weightsAt: { step: 9, epoch: 0 } } });
      },
    });
    const platform = createFakePlatform();
    await createFileCommands(store, platform).saveAs();
    expect(asked).toBe(1);
    expect(parseProject(platform.saves[0].text).state?.step).toBe(9);
  });

  it('puts a reopened file’s history and counters back, and clears them for a file without state (keeping the save choice)', async () => {
    const source = trainedStore();
    const platform = createFakePlatform();
    await createFileCommands(source, platform).saveAs();
    const store = createAppStore(createProject());
    const files = createFileCommands(store, platform);
    await files.openText({ name: 'trained.mlp', text: platform.saves[0].text, handle: null }, { askFirst: false });
    expect(store.getState().training).toMatchObject({
      metrics,
      counters: { step: 6, epoch: 0 },
      keepTrainedState: true,
    });
    await files.openText(
      { name: 'plain.mlp', text: JSON.stringify({ ...createProject() }), handle: null },
      { askFirst: false },
    );
    // The choice is the user's, not the file's: it stays ticked for the next save.
    expect(store.getState().training).toMatchObject({ metrics: [], counters: { step: 0 }, keepTrainedState: true });
  });
});
