import type { ReactNode } from 'react';
import { tip } from '../../ui/tip';

/** Props of a toolbar button. */
export interface ToolbarButtonProps {
  testId: string;
  label: string;
  /** Tooltip (shown by the app's TooltipLayer): what it does and its shortcut. */
  title: string;
  disabled?: boolean;
  pressed?: boolean;
  onClick?(): void;
  children?: ReactNode;
}

/** A compact toolbar button with a tooltip. */
export function ToolbarButton({ testId, label, title, disabled, pressed, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid={testId}
      {...tip(title)}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
