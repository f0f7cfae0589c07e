import { useId, useState } from 'react';
import { useAppStore } from '../store/use-app-store';
import { checkNumber } from './check-number';
import { tipOrNothing } from './tip';
import { useControl } from './use-control-access';

/** Props of a number input bound to a document value. */
export interface NumberFieldProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  help?: string;
  testId: string;
  /** Registry id for the classroom locks (features/classroom/control-registry); absent, the field is never restricted. */
  controlId?: string;
  disabled?: boolean;
  onChange(value: number): void;
}

/**
 * A typed number input with range checking. Valid values apply live, and everything typed between
 * focus and blur is one undo step (an undo mark is open while the field has focus); an invalid
 * value is not applied and the field says why.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  integer,
  help,
  testId,
  controlId,
  disabled,
  onChange,
}: NumberFieldProps) {
  const id = useId();
  const beginChange = useAppStore((s) => s.beginChange);
  const endChange = useAppStore((s) => s.endChange);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const problem = draft === null ? null : checkNumber(draft, { label, min, max, integer });
  const control = useControl(controlId);
  if (control.access === 'hidden') return null;

  const edit = (next: string) => {
    setDraft(next);
    const verdict = checkNumber(next, { label, min, max, integer });
    if (verdict === null && Number(next) !== value) onChange(Number(next));
  };

  return (
    <div className="field" {...control.attributes}>
      <label htmlFor={id} {...tipOrNothing(control.title(help))}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        disabled={disabled || control.disabled}
        {...tipOrNothing(control.title(help))}
        aria-invalid={problem !== null}
        data-testid={testId}
        onFocus={() => {
          setDraft(String(value));
          beginChange();
        }}
        onChange={(e) => edit(e.target.value)}
        onBlur={() => {
          setDraft(null);
          endChange();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      {problem && (
        <p className="field__error" role="alert" data-testid={`${testId}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}
