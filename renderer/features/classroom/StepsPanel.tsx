import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import type { ClassroomStep } from '../../../src/project/light';
import { currentLessonStep } from '../../store/classroom-actions';
import { useAppStore } from '../../store/use-app-store';
import { Section } from '../../ui/Section';
import { StepFocusRing } from './StepFocusRing';
import { StepText } from './StepText';

const NO_STEPS: readonly ClassroomStep[] = [];

/** The student's view of the lesson: the current step with its text, Back and Next, how far along, and the control it points at ringed. */
export function StepsPanel() {
  const steps = useAppStore((s) => s.document.classroom?.steps ?? NO_STEPS);
  const index = useAppStore(currentLessonStep);
  const setLessonStep = useAppStore((s) => s.setLessonStep);
  if (steps.length === 0) return null;
  const step = steps[index];
  const last = index === steps.length - 1;
  return (
    <Section title="Steps" testId="steps-panel">
      <p className="steps__progress" data-testid="steps-progress">
        Step {index + 1} of {steps.length}
      </p>
      <progress className="steps__bar" max={steps.length} value={index + 1} aria-hidden="true" />
      <h3 className="steps__title" data-testid="step-title">
        {step.title || `Step ${index + 1}`}
      </h3>
      <StepText text={step.text} testId="step-text" />
      <div className="steps__nav">
        <button
          type="button"
          className="button button--small"
          data-testid="step-back"
          disabled={index === 0}
          {...tip(TIPS['classroom.back'])}
          onClick={() => setLessonStep(index - 1)}
        >
          ← Back
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="step-next"
          disabled={last}
          {...tip(TIPS['classroom.next'])}
          onClick={() => setLessonStep(index + 1)}
        >
          Next →
        </button>
      </div>
      {step.focus && <StepFocusRing key={`${index}:${step.focus}`} controlId={step.focus} />}
    </Section>
  );
}
