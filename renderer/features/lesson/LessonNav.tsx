import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import type { Lesson } from './use-lesson';

/** Back and Next through the lesson, with how far along it is; test ids start with `prefix`. */
export function LessonNav({ lesson, prefix }: { lesson: Lesson; prefix: string }) {
  const { steps, index, go } = lesson;
  return (
    <div className="lesson__nav">
      <button
        type="button"
        className="button button--small"
        data-testid={`${prefix}-back`}
        disabled={index === 0}
        {...tip(TIPS['classroom.back'])}
        onClick={() => go(index - 1)}
      >
        ← Back
      </button>
      <span className="lesson__progress" data-testid={`${prefix}-progress`}>
        Step {index + 1} of {steps.length}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid={`${prefix}-next`}
        disabled={index >= steps.length - 1}
        {...tip(TIPS['classroom.next'])}
        onClick={() => go(index + 1)}
      >
        Next →
      </button>
    </div>
  );
}
