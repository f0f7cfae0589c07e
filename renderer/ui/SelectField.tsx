import { useControl } from './use-control-access';
import { useId } from 'react';
import { tipOrNothing } from './tip';

/** Props of a drop-down. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  help?: string;
  /** Explains one option (its formula, say); the tooltip then adds what the chosen one does. */
  optionHelp?(value: string): string;
  testId: string;
  /** Registry id for the classroom locks (features/classroom/control-registry); absent, the field is never restricted. */
  controlId?: string;
  disabled?: boolean;
  onChange(value: string): void;
}

/** A labelled drop-down; each pick is one change. */
export function SelectField({
  label,
  value,
  options,
  help,
  optionHelp,
  testId,
  controlId,
  disabled,
  onChange,
}: SelectFieldProps) {
  const id = useId();
  const control = useControl(controlId);
  // What the setting does, then what the current choice does.
  const text = control.title([help, optionHelp?.(value)].filter(Boolean).join('\n\n'));
  if (control.access === 'hidden') return null;
  return (
    <div className="field" {...control.attributes}>
      <label htmlFor={id} {...tipOrNothing(text)}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        {...tipOrNothing(text)}
        disabled={disabled || control.disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
