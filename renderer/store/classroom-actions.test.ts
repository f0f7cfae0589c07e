import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject } from '../../src/project/index';
import { createAppStore } from './app-store';
import { currentLessonStep } from './classroom-actions';

const steps = [
  { title: 'One', text: 'a' },
  { title: 'Two', text: 'b' },
  { title: 'Three', text: 'c' },
];

describe('classroom actions', () => {
  it('refuses adding, pasting and duplicating a locked kind, with a toast naming it', () => {
    const store = createAppStore(createEmptyProject());
    const dense = store.getState().addNodeAt('dense', { x: 0, y: 0 });
    store.getState().copySelection();
    store.getState().setControlAccess('palette.dense', 'locked');
    const before = store.getState().document.graph;

    expect(store.getState().addNodeAt('dense', { x: 50, y: 0 })).toBe('');
    store.getState().paste();
    store.getState().setSelection([dense]);
    store.getState().duplicateSelection();
    expect(store.getState().document.graph).toBe(before);
    expect(store.getState().view.toast?.message).toContain('Linear nodes cannot be added');

    // Instructor mode lifts every restriction.
    store.getState().setInstructorMode(true);
    store.getState().paste();
    expect(store.getState().document.graph.nodes).toHaveLength(2);
  });

  it('with the structure locked refuses adding, connecting and deleting but still edits parameters', () => {
    const store = createAppStore(createProject());
    const { nodes, edges } = store.getState().document.graph;
    store.getState().setControlAccess('graph.structure', 'locked');
    expect(store.getState().addNodeAt('activation', { x: 0, y: 0 })).toBe('');
    store.getState().setSelection([nodes[1].id], [edges[0].id]);
    store.getState().deleteSelection();
    store.getState().disconnect([edges[0].id]);
    expect(store.getState().connect(nodes[0].id, nodes[3].id)).toBe(false);
    expect(store.getState().view.connectionRefusal?.message).toContain('Locked by the instructor');
    expect(store.getState().document.graph.nodes).toHaveLength(nodes.length);
    expect(store.getState().document.graph.edges).toEqual(edges);

    const dense = nodes.find((n) => n.kind === 'dense')!;
    store.getState().updateNodeParams(dense.id, { units: 5 });
    expect(store.getState().document.graph.nodes.find((n) => n.id === dense.id)?.params).toMatchObject({ units: 5 });
  });

  it('drops an emptied block, so a plain project stays plain, and undoes a lock like any edit', () => {
    const store = createAppStore(createProject());
    store.getState().setControlAccess('training.seed', 'hidden');
    expect(store.getState().document.classroom?.hidden).toEqual(['training.seed']);
    store.getState().setControlAccess('training.seed', 'open');
    expect('classroom' in store.getState().document).toBe(false);
    store.getState().undo();
    expect(store.getState().document.classroom?.hidden).toEqual(['training.seed']);
  });

  it('opens a file with restrictions in the student view, unless it asks for instructor mode', () => {
    const store = createAppStore(createProject());
    store.getState().setInstructorMode(true);
    const classroom = { locked: ['training.seed'], hidden: [], steps, openInStudentView: true };
    store.getState().loadProject(createProject({ classroom }), { name: 'lesson.mlp' });
    expect(store.getState().view.instructorMode).toBe(false);
    store
      .getState()
      .loadProject(createProject({ classroom: { ...classroom, openInStudentView: false } }), { name: 'draft.mlp' });
    expect(store.getState().view.instructorMode).toBe(true);
    // A plain project keeps the mode the session is in.
    store.getState().loadProject(createProject(), { name: 'plain.mlp' });
    expect(store.getState().view.instructorMode).toBe(true);
    expect(createAppStore(createProject({ classroom }), 'start.mlp').getState().view.instructorMode).toBe(false);
  });

  it('remembers the lesson step per file for the session, clamped to the steps there are', () => {
    const store = createAppStore(
      createProject({ classroom: { locked: [], hidden: [], steps, openInStudentView: true } }),
      'a.mlp',
    );
    store.getState().setLessonStep(7);
    expect(currentLessonStep(store.getState())).toBe(2);
    store.getState().setLessonStep(1);
    const other = createProject({
      classroom: { locked: [], hidden: [], steps: steps.slice(0, 2), openInStudentView: true },
    });
    store.getState().loadProject(other, { name: 'b.mlp' });
    expect(currentLessonStep(store.getState())).toBe(0);
    store.getState().setLessonStep(-3);
    expect(currentLessonStep(store.getState())).toBe(0);
    store
      .getState()
      .loadProject(createProject({ classroom: { locked: [], hidden: [], steps, openInStudentView: true } }), {
        name: 'a.mlp',
      });
    expect(currentLessonStep(store.getState())).toBe(1);
  });

  it('steps through the numbered list of the notes when the project has no classroom steps', () => {
    const store = createAppStore(createProject({ notes: '1. Train.\n2. Look.\n3. Fix it.' }), 'notes.mlp');
    store.getState().setLessonStep(2);
    expect(currentLessonStep(store.getState())).toBe(2);
    store.getState().setLessonStep(9);
    expect(currentLessonStep(store.getState())).toBe(2);
  });
});
