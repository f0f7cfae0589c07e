// The training pace: a document setting (saved, undoable), set and cleared by one action.
import { describe, expect, it } from 'vitest';
import { createProject, parseProject, serializeProject } from '../../src/project/index';
import { projectFileOf } from '../features/files/project-file';
import { createAppStore } from './app-store';

describe('setTrainingPace', () => {
  it('sets the pace as one undo step, saves it with the project, and full speed leaves the field out', () => {
    const store = createAppStore(createProject());
    store.getState().setTrainingPace(50);
    expect(store.getState().document.training.epochsPerSecond).toBe(50);
    expect(parseProject(serializeProject(projectFileOf(store.getState()))).training.epochsPerSecond).toBe(50);
    store.getState().setTrainingPace(null);
    expect('epochsPerSecond' in store.getState().document.training).toBe(false);
    expect(JSON.parse(serializeProject(projectFileOf(store.getState()))).training).not.toHaveProperty(
      'epochsPerSecond',
    );
    store.getState().undo();
    expect(store.getState().document.training.epochsPerSecond).toBe(50);
  });

  it('refuses a pace outside the format range when a file is opened, naming the field and the fix', () => {
    const file = { ...createProject(), training: { ...createProject().training, epochsPerSecond: 0 } };
    expect(() => parseProject(JSON.stringify(file))).toThrow(/epochsPerSecond.*0\.1 to 10,000 epochs per second/s);
  });
});
