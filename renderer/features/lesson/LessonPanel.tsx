import './lesson.css';
import { useEffect, useRef } from 'react';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { StepText } from '../classroom/StepText';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { LessonNav } from './LessonNav';
import { useLesson } from './use-lesson';
import { PANEL_TEXTS } from '../../help/panel-texts';

/**
 * The Lesson tab: every step as a checklist (done, current, to come), the current one highlighted and scrolled into
 * view, with Back and Next.
 */
export function LessonPanel({ large }: { large?: boolean }) {
  const lesson = useLesson();
  const { steps, index, go } = lesson;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);
  return (
    <ViewPanel
      view="lesson"
      large={large}
      actions={steps.length > 0 ? <LessonNav lesson={lesson} prefix="lesson" /> : undefined}
    >
      {steps.length === 0 ? (
        <EmptyView>{PANEL_TEXTS['lesson.noSteps']}</EmptyView>
      ) : (
        <ol className="lesson__list" ref={list} aria-label="Lesson steps">
          {steps.map((step, i) => {
            const state = i < index ? 'done' : i === index ? 'current' : 'todo';
            return (
              <li
                key={i}
                className={`lesson__step lesson__step--${state}`}
                data-testid={`lesson-step-${i}`}
                data-state={state}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <button
                  type="button"
                  className="lesson__check"
                  aria-label={`Go to step ${i + 1}${state === 'done' ? ' (done)' : ''}`}
                  {...tip(TIPS['lesson.goTo'])}
                  onClick={() => go(i)}
                >
                  {state === 'done' ? '✓' : i + 1}
                </button>
                <div className="lesson__body">
                  {!/^Step \d+$/.test(step.title) && step.title && (
                    <strong className="lesson__title">{step.title}</strong>
                  )}
                  <StepText text={step.text} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </ViewPanel>
  );
}
