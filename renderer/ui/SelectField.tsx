import { useId } from 'react';
import { tipOrNothing } from './tip';

/** Props of a drop-down. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  help?: string;
  testId: string;
  disabled?: boolean;
  onChange(value: string): void;
}

/** A labelled drop-down; each pick is one change. */
export function SelectField({ label, value, options, help, testId, disabled, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} {...tipOrNothing(help)}>
        {label}
      </label>
      <select id={id} value={value} {...tipOrNothing(help)} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
