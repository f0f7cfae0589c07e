/**
 * A project's lesson as a list of steps: the instructor's classroom steps when there are any,
 * otherwise the numbered lines of the workshop notes ("1. Press Train…"), which is how the
 * bundled lessons are written.
 */
import type { ClassroomStep } from './classroom';

/** What the lesson steps are read from: the project's notes and classroom block. */
export interface LessonSource {
  notes: string;
  classroom?: { steps: readonly ClassroomStep[] };
}

/** A numbered line: "1. …" or "1) …", up to three leading spaces. */
const NUMBERED = /^ {0,3}(\d{1,3})[.)]\s+(.*)$/;

/** The steps of the numbered list in `notes` (a step runs to the next number; blank lines end it); none when there is no such list. */
export function stepsFromNotes(notes: string): ClassroomStep[] {
  const steps: ClassroomStep[] = [];
  let open = false;
  for (const line of notes.split(/\r?\n/)) {
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      steps.push({ title: `Step ${steps.length + 1}`, text: numbered[2].trim() });
      open = true;
    } else if (line.trim() === '') {
      open = false;
    } else if (open) {
      const last = steps[steps.length - 1];
      last.text = `${last.text} ${line.trim()}`;
    }
  }
  return steps;
}

const byNotes = new Map<string, readonly ClassroomStep[]>();

/** The lesson's steps: the classroom steps if the project has some, else the notes' numbered list; the same array for the same input. */
export function lessonSteps(source: LessonSource): readonly ClassroomStep[] {
  const classroom = source.classroom?.steps;
  if (classroom && classroom.length > 0) return classroom;
  const hit = byNotes.get(source.notes);
  if (hit) return hit;
  const steps = stepsFromNotes(source.notes);
  // A few notes texts at a time, so the cache stays small.
  if (byNotes.size > 16) byNotes.clear();
  byNotes.set(source.notes, steps);
  return steps;
}
