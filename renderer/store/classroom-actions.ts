/**
 * The classroom actions: instructor mode (session), the locks, hidden controls and steps (the
 * document's classroom block, so undoable and saved), and the lesson step per file (session).
 */
import { type Classroom, hasClassroomContent, lessonSteps, type ProjectDocument } from '../../src/project/light';
import { withControlAccess } from './classroom-access';
import { commitDocument } from './commit';
import type { ClassroomActions, StoreGet, StoreSet } from './types';

/** The mode a just-opened document starts in: a file with restrictions or steps says which; any other keeps the session's mode. */
export function instructorModeOnOpen(document: ProjectDocument, previous: boolean): boolean {
  return hasClassroomContent(document.classroom) ? !document.classroom.openInStudentView : previous;
}

/** The document with `classroom`, or without the block when it holds nothing (plain projects stay plain on disk). */
function withClassroom(document: ProjectDocument, classroom: Classroom): ProjectDocument {
  const { classroom: _, ...rest } = document;
  return hasClassroomContent(classroom) ? { ...rest, classroom } : rest;
}

/** Creates the classroom actions. */
export function createClassroomActions(set: StoreSet, get: StoreGet): ClassroomActions {
  return {
    setInstructorMode(on) {
      if (get().view.instructorMode !== on) set((s) => ({ view: { ...s.view, instructorMode: on } }));
    },
    setControlAccess(id, access) {
      const { document } = get();
      commitDocument(set, get, withClassroom(document, withControlAccess(document.classroom, id, access)));
    },
    setClassroom(classroom) {
      commitDocument(set, get, withClassroom(get().document, classroom));
    },
    setLessonStep(index) {
      const steps = lessonSteps(get().document).length;
      const step = Math.max(0, Math.min(index, steps - 1));
      set((s) => ({ view: { ...s.view, lessonSteps: new Map(s.view.lessonSteps).set(s.view.file.name, step) } }));
    },
  };
}

/**
 * The step the current file's lesson is at (0 when it was never moved or the steps shrank); the steps are the
 * classroom's, else the notes' numbered list.
 */
export function currentLessonStep(state: {
  document: ProjectDocument;
  view: { file: { name: string }; lessonSteps: ReadonlyMap<string, number> };
}): number {
  const steps = lessonSteps(state.document).length;
  const at = state.view.lessonSteps.get(state.view.file.name) ?? 0;
  return Math.max(0, Math.min(at, steps - 1));
}
