import type { ReactNode } from 'react';
import { tip } from './tip';
import { useControl } from './use-control-access';

/** Props of a toolbar button. */
export interface ToolbarButtonProps {
  testId: string;
  label: string;
  /** Tooltip (shown by the app's TooltipLayer): what it does and its shortcut. */
  title: string;
  disabled?: boolean;
  pressed?: boolean;
  /** Registry id for the classroom locks; absent, the button is never restricted. */
  controlId?: string;
  onClick?(): void;
  children?: ReactNode;
}

/** A compact toolbar button with a tooltip. */
export function ToolbarButton({
  testId,
  label,
  title,
  disabled,
  pressed,
  controlId,
  onClick,
  children,
}: ToolbarButtonProps) {
  const control = useControl(controlId);
  if (control.access === 'hidden') return null;
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid={testId}
      {...tip(control.title(title)!)}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled || control.disabled}
      {...control.attributes}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
