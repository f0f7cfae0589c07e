import { useMemo } from 'react';
import { type ClassroomStep, lessonSteps } from '../../../src/project/light';
import { currentLessonStep } from '../../store/classroom-actions';
import { useAppStore } from '../../store/use-app-store';

/** The open project's lesson: its steps, the current one's index, and a verb to move to another. */
export interface Lesson {
  steps: readonly ClassroomStep[];
  index: number;
  go(index: number): void;
}

/** The lesson of the open project (steps from the classroom block or the notes' numbered list), live. */
export function useLesson(): Lesson {
  const notes = useAppStore((s) => s.document.notes);
  const classroom = useAppStore((s) => s.document.classroom);
  const index = useAppStore(currentLessonStep);
  const go = useAppStore((s) => s.setLessonStep);
  const steps = useMemo(() => lessonSteps({ notes, classroom }), [notes, classroom]);
  return { steps, index, go };
}
