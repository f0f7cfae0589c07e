import { useId, useRef, useState } from 'react';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useControl } from '../../ui/use-control-access';

/** Props of the node name box. */
export interface NameFieldProps {
  value: string;
  onRename(name: string): void;
}

/** The node's name; renamed on Enter or blur (one undo step), and a blank name puts the old one back. */
export function NameField({ value, onRename }: NameFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  const control = useControl('node.name');
  const commit = () => {
    const keep = !cancelled.current && draft !== null && draft.trim() !== '' && draft.trim() !== value;
    if (keep) onRename(draft);
    cancelled.current = false;
    setDraft(null);
  };
  if (control.access === 'hidden') return null;
  return (
    <div className="field" {...control.attributes}>
      <label htmlFor={id} {...tip(TIPS['inspector.name'])}>
        Name
      </label>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        maxLength={100}
        disabled={control.disabled}
        data-testid="field-name"
        {...tip(control.title(TIPS['inspector.name'])!)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            cancelled.current = true;
            e.currentTarget.blur();
          }
        }}
      />
    </div>
  );
}
