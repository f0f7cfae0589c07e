import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import {
  type ClassroomStep,
  emptyClassroom,
  MAX_CLASSROOM_STEPS,
  MAX_STEP_TEXT,
  MAX_STEP_TITLE,
} from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { CONTROLS } from './control-registry';
import { groupControls } from './AccessPanel';
import { PANEL_TEXTS } from '../../help/panel-texts';

const GROUPS = groupControls('');

/**
 * Instructor mode: the lesson's ordered steps, each a title, Markdown-lite text and an optional control to ring; add,
 * reorder, delete. Typing in a box is one undo step.
 */
export function StepsEditor() {
  const classroom = useAppStore((s) => s.document.classroom) ?? emptyClassroom();
  const setClassroom = useAppStore((s) => s.setClassroom);
  const beginChange = useAppStore((s) => s.beginChange);
  const endChange = useAppStore((s) => s.endChange);
  const { steps } = classroom;
  const write = (next: ClassroomStep[]) => setClassroom({ ...classroom, steps: next });
  const patch = (i: number, change: Partial<ClassroomStep>) =>
    write(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const move = (i: number, by: number) => {
    const next = [...steps];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    write(next);
  };
  const typing = { onFocus: beginChange, onBlur: endChange };

  return (
    <div className="steps-editor" data-testid="steps-editor">
      {steps.length === 0 && <p className="hint">{PANEL_TEXTS['classroom.noSteps']}</p>}
      <ol className="steps-editor__list">
        {steps.map((step, i) => (
          <li key={i} className="steps-editor__step" data-testid={`step-edit-${i}`}>
            <div className="steps-editor__head">
              <span className="steps-editor__number">{i + 1}</span>
              <input
                type="text"
                className="steps-editor__title"
                aria-label={`Title of step ${i + 1}`}
                {...tip(TIPS['classroom.stepTitle'])}
                placeholder="Title"
                maxLength={MAX_STEP_TITLE}
                data-testid={`step-edit-title-${i}`}
                value={step.title}
                {...typing}
                onChange={(e) => patch(i, { title: e.target.value })}
              />
              <button
                type="button"
                className="icon-button"
                data-testid={`step-edit-up-${i}`}
                {...tip(TIPS['classroom.stepUp'])}
                aria-label="Move up"
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-testid={`step-edit-down-${i}`}
                {...tip(TIPS['classroom.stepDown'])}
                aria-label="Move down"
                disabled={i === steps.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                data-testid={`step-edit-delete-${i}`}
                {...tip(TIPS['classroom.stepDelete'])}
                aria-label="Delete step"
                onClick={() => write(steps.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
            <textarea
              className="notes steps-editor__text"
              rows={4}
              aria-label={`Text of step ${i + 1}`}
              {...tip(TIPS['classroom.stepText'])}
              placeholder="What to do and what to look for. **bold**, - lists"
              maxLength={MAX_STEP_TEXT}
              data-testid={`step-edit-text-${i}`}
              value={step.text}
              {...typing}
              onChange={(e) => patch(i, { text: e.target.value })}
            />
            <label className="steps-editor__focus" {...tip(TIPS['classroom.stepFocus'])}>
              Ring
              <select
                data-testid={`step-edit-focus-${i}`}
                value={step.focus ?? ''}
                onChange={(e) => patch(i, { focus: e.target.value === '' ? undefined : e.target.value })}
              >
                <option value="">no control</option>
                {step.focus && !CONTROLS.some((c) => c.id === step.focus) && (
                  <option value={step.focus}>{step.focus} (unknown here)</option>
                )}
                {GROUPS.map(([group, controls]) => (
                  <optgroup key={group} label={group}>
                    {controls.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        data-testid="step-add"
        {...tip(TIPS['classroom.stepAdd'])}
        disabled={steps.length >= MAX_CLASSROOM_STEPS}
        onClick={() => write([...steps, { title: `Step ${steps.length + 1}`, text: '' }])}
      >
        + Add step
      </button>
    </div>
  );
}
