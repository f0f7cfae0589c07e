import { useControl } from './use-control-access';
import { useId } from 'react';
import { tipOrNothing } from './tip';

/** Props of a drop-down. */
export interface SelectFieldProps {
  label: string;
  value: string;
  /** Options with a `group` are listed under that heading (an optgroup), in the order the groups first appear. */
  options: readonly { value: string; label: string; group?: string }[];
  help?: string;
  /** Explains one option (its formula, say); the tooltip then adds what the chosen one does. */
  optionHelp?(value: string): string;
  testId: string;
  /** Registry id for the classroom locks (features/classroom/control-registry); absent, the field is never restricted. */
  controlId?: string;
  disabled?: boolean;
  onChange(value: string): void;
}

/** Options gathered by group, groups in the order they first appear (ungrouped options stay as they are). */
function groupOptions<O extends { group?: string }>(options: readonly O[]): { group?: string; items: O[] }[] {
  const groups: { group?: string; items: O[] }[] = [];
  for (const option of options) {
    const last = groups.at(-1);
    const found = option.group === undefined ? undefined : groups.find((g) => g.group === option.group);
    if (found) found.items.push(option);
    else if (option.group === undefined && last && last.group === undefined) last.items.push(option);
    else groups.push({ group: option.group, items: [option] });
  }
  return groups;
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
        {groupOptions(options).map(({ group, items }) => {
          const rendered = items.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ));
          return group === undefined ? (
            rendered
          ) : (
            <optgroup key={group} label={group}>
              {rendered}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
