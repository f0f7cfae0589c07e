import { useControl } from './use-control-access';
import { useId } from 'react';
import { tipOrNothing } from './tip';

/** Props of a checkbox. */
export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  help?: string;
  testId: string;
  /** Registry id for the classroom locks (features/classroom/control-registry); absent, the field is never restricted. */
  controlId?: string;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A labelled checkbox; each click is one change. */
export function CheckboxField({ label, checked, help, testId, controlId, disabled, onChange }: CheckboxFieldProps) {
  const id = useId();
  const control = useControl(controlId);
  if (control.access === 'hidden') return null;
  return (
    <div className="field field--inline" {...control.attributes}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled || control.disabled}
        {...tipOrNothing(control.title(help))}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} {...tipOrNothing(control.title(help))}>
        {label}
      </label>
    </div>
  );
}
