import { useId } from 'react';
import { tipOrNothing } from './tip';

/** Props of a checkbox. */
export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  help?: string;
  testId: string;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A labelled checkbox; each click is one change. */
export function CheckboxField({ label, checked, help, testId, disabled, onChange }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--inline">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        {...tipOrNothing(help)}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} {...tipOrNothing(help)}>
        {label}
      </label>
    </div>
  );
}
