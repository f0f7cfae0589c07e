import { describe, expect, it } from 'vitest';
import { createProject, parseProject, serializeProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { controlAccess } from '../../store/classroom-access';
import { createFakePlatform } from './fake-platform';
import { createFileCommands } from './file-commands';
import { projectTextOf } from './project-file';

describe('a prepared lesson through save and open', () => {
  it('saves the locks, hidden controls and steps, and reopens them in the student view', async () => {
    const store = createAppStore(createProject(), 'lesson.mlp');
    store.getState().setInstructorMode(true);
    store.getState().setControlAccess('training.learningRate', 'locked');
    store.getState().setControlAccess('palette.dropout', 'hidden');
    store.getState().setClassroom({
      ...store.getState().document.classroom!,
      steps: [{ title: 'Train', text: 'Press **Train**.', focus: 'toolbar.train' }],
    });
    const text = projectTextOf(store.getState());

    const student = createAppStore(createProject(), 'other.mlp');
    student.getState().setInstructorMode(true);
    const files = createFileCommands(student, createFakePlatform());
    expect(await files.openText({ name: 'lesson.mlp', text, handle: null }, { askFirst: false })).toBe(true);
    const { document, view } = student.getState();
    expect(view.instructorMode).toBe(false);
    expect(controlAccess(document.classroom, false, 'training.learningRate')).toBe('locked');
    expect(controlAccess(document.classroom, false, 'palette.dropout')).toBe('hidden');
    expect(document.classroom?.steps[0]).toEqual({ title: 'Train', text: 'Press **Train**.', focus: 'toolbar.train' });
    expect(view.toast).toBeNull();
  });

  it('keeps control ids it does not know, says so without refusing the file, and saves them back', async () => {
    const classroom = {
      locked: ['training.seed', 'lab.future-knob'],
      hidden: [],
      steps: [{ title: 'Later', text: '', focus: 'lab.future-panel' }],
      openInStudentView: true,
    };
    const text = serializeProject(createProject({ classroom }));
    const store = createAppStore(createProject());
    const files = createFileCommands(store, createFakePlatform());
    expect(await files.openText({ name: 'newer.mlp', text, handle: null }, { askFirst: false })).toBe(true);
    const toast = store.getState().view.toast;
    expect(toast?.kind).toBe('info');
    expect(toast?.message).toContain('lab.future-knob, lab.future-panel');
    expect(toast?.message).toContain('kept and saved back unchanged');
    expect(parseProject(projectTextOf(store.getState())).classroom).toEqual(classroom);
  });
});
