/**
 * The classroom block of a project: which controls a student may not change or see, and the
 * ordered steps of a lesson. It guides a class through a prepared project; it is not a security
 * boundary, because anyone can switch instructor mode back on.
 */

/** One step of a lesson, shown to students one at a time. */
export interface ClassroomStep {
  title: string;
  /** Plain Markdown-lite: paragraphs separated by blank lines, **bold**, and "- " or "1. " lists. */
  text: string;
  /** A control id (see the renderer's control registry) that the step rings on screen; absent: none. */
  focus?: string;
}

/** What the instructor restricted and prepared; ids are the renderer's stable control ids. */
export interface Classroom {
  /** Controls shown but disabled for students. */
  locked: string[];
  /** Controls removed from the students' view. */
  hidden: string[];
  steps: ClassroomStep[];
  /** Whether the project opens in the student view (restrictions applied) rather than instructor mode. */
  openInStudentView: boolean;
}

/** Most ids in `locked` or `hidden`, and most steps: far above what a lesson uses, bounded so a hostile file stays cheap. */
export const MAX_CLASSROOM_IDS = 1000;
export const MAX_CLASSROOM_STEPS = 200;

/** Longest control id, step title and step text, in characters. */
export const MAX_CONTROL_ID = 120;
export const MAX_STEP_TITLE = 200;
export const MAX_STEP_TEXT = 20_000;

/** The shape of a control id: dot-separated words, e.g. "training.learningRate" or "node.dense.units". */
export const CONTROL_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** An empty classroom block: nothing restricted, no steps, opens in the student view. */
export function emptyClassroom(): Classroom {
  return { locked: [], hidden: [], steps: [], openInStudentView: true };
}

/** Whether a classroom block restricts or prepares anything (a block with nothing in it is not worth saving). */
export function hasClassroomContent(classroom: Classroom | undefined): classroom is Classroom {
  return (
    classroom !== undefined &&
    (classroom.locked.length > 0 || classroom.hidden.length > 0 || classroom.steps.length > 0)
  );
}
