// Save and Open with trained state, through the file commands: the option decides whether the file
// carries weights and history, and opening such a file puts them back into the training slice.
import { describe, expect, it } from 'vitest';
import { createProject, parseProject } from '../../src/project/index';
import { createFakePlatform } from '../features/files/fake-platform';
import { createFileCommands } from '../features/files/file-commands';
import { createAppStore } from '../store/app-store';

const weights = [{ nodeId: 'dense-1', name: 'bias', shape: [2], values: new Float32Array([0.5, -2]) }];
const metrics = [3, 6].map((step) => ({ step, epoch: 0, trainLoss: 0.4, trainAccuracy: 0.9, validationLoss: 0.5, validationAccuracy: 0.85 }));

function trainedStore() {
  const store = createAppStore(createProject());
  store.getState().applyTrainingUpdate({ metrics, patch: { weights, weightsAt: { step: 6, epoch: 0 }, counters: { step: 6, epoch: 0, batchInEpoch: 6, batchesPerEpoch: 10 } } });
  return store;
}

describe('saving trained state', () => {
  it('leaves weights out unless asked, and writes them with the history when asked', async () => {
    const store = trainedStore();
    const platform = createFakePlatform();
    const files = createFileCommands(store, platform);
    await files.saveAs();
    expect(parseProject(platform.saves[0].text).state).toBeUndefined();
    store.getState().setKeepTrainedState(true);
    await files.save();
    const state = parseProject(platform.saves[1].text).state;
    expect(state).toMatchObject({ step: 6, epoch: 0, history: metrics });
    expect(state?.weights.map((w) => [w.nodeId, w.name, w.shape])).toEqual([['dense-1', 'bias', [2]]]);
  });

  it('puts a reopened file’s history and counters back, and clears them for a file without state', async () => {
    const source = trainedStore();
    source.getState().setKeepTrainedState(true);
    const platform = createFakePlatform();
    await createFileCommands(source, platform).saveAs();
    const store = createAppStore(createProject());
    const files = createFileCommands(store, platform);
    await files.openText({ name: 'trained.mlp', text: platform.saves[0].text, handle: null }, { askFirst: false });
    expect(store.getState().training).toMatchObject({ metrics, counters: { step: 6, epoch: 0 }, keepTrainedState: true });
    await files.openText({ name: 'plain.mlp', text: JSON.stringify({ ...createProject() }), handle: null }, { askFirst: false });
    expect(store.getState().training).toMatchObject({ metrics: [], counters: { step: 0 }, keepTrainedState: false });
  });
});
