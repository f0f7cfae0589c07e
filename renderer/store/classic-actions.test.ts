import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIC_SETTINGS } from '../../src/classic/settings';
import { createProject } from '../../src/project/index';
import { createAppStore } from './app-store';
import { selectClassicSettings } from './classic-actions';
import { isDirty } from './view-slice';

describe('classic rules actions', () => {
  it('start from the defaults without writing them into a document that never opened the workspace', () => {
    const store = createAppStore();
    expect(store.getState().document.classic).toBeUndefined();
    expect(selectClassicSettings(store.getState())).toEqual(DEFAULT_CLASSIC_SETTINGS);
  });

  it('open and close the workspace as saved, undoable changes', () => {
    const store = createAppStore();
    store.getState().openClassic(true);
    expect(selectClassicSettings(store.getState()).open).toBe(true);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().openClassic(true);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document.classic).toBeUndefined();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('patch the settings and the dataset, keeping the other fields', () => {
    const store = createAppStore();
    store.getState().setClassic({ rule: 'adaline', learningRate: 0.02 });
    store.getState().setClassicData({ standardize: true });
    expect(selectClassicSettings(store.getState())).toEqual({
      ...DEFAULT_CLASSIC_SETTINGS,
      rule: 'adaline',
      learningRate: 0.02,
      data: { ...DEFAULT_CLASSIC_SETTINGS.data, standardize: true },
    });
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('follow the project that is loaded', () => {
    const store = createAppStore();
    store.getState().loadProject(createProject({ classic: { ...DEFAULT_CLASSIC_SETTINGS, open: true, epochs: 9 } }), {
      name: 'lesson.mlp',
    });
    expect(selectClassicSettings(store.getState())).toMatchObject({ open: true, epochs: 9 });
    store.getState().newProject();
    expect(selectClassicSettings(store.getState()).open).toBe(false);
  });
});
