import './lesson.css';
import { useState } from 'react';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { StepText } from '../classroom/StepText';
import { LessonNav } from './LessonNav';
import { useLesson } from './use-lesson';

/**
 * The presenter view's lesson strip above the canvas: the current step large, with Back and Next; it takes its own
 * row, so it never covers a node.
 */
export function LessonStrip() {
  const lesson = useLesson();
  const [folded, setFolded] = useState(false);
  const { steps, index } = lesson;
  if (steps.length === 0) return null;
  const step = steps[index];
  return (
    <section
      className={`lesson-strip${folded ? ' lesson-strip--folded' : ''}`}
      data-testid="lesson-strip"
      aria-label="Lesson step"
    >
      <button
        type="button"
        className="icon-button lesson-strip__fold"
        data-testid="lesson-strip-fold"
        aria-expanded={!folded}
        {...tip(TIPS['lesson.fold'])}
        onClick={() => setFolded((f) => !f)}
      >
        {folded ? '▸' : '▾'}
      </button>
      {!folded && (
        <div className="lesson-strip__text" data-testid="lesson-strip-text">
          {!/^Step \d+$/.test(step.title) && step.title && <strong className="lesson__title">{step.title}</strong>}
          <StepText text={step.text} />
        </div>
      )}
      <LessonNav lesson={lesson} prefix="lesson-strip" />
    </section>
  );
}
