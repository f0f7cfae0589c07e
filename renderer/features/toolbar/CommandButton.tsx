import type { ReactNode } from 'react';
import { commandSpec } from '../../../src/commands/index';
import { isCommandEnabled } from '../../app/command-runners';
import { type AppCommand, withShortcut } from '../../app/commands';
import { useAppStore } from '../../store/use-app-store';
import { ToolbarButton } from '../../ui/ToolbarButton';

/** Props of a command's toolbar button. */
export interface CommandButtonProps {
  command: AppCommand;
  run(command: AppCommand): void;
  testId: string;
  /** What the button says about itself; the command's shortcut is added from the table. */
  tip: string;
  pressed?: boolean;
  /** Short content (an icon or a word) in place of the command's label. */
  children?: ReactNode;
}

/** A toolbar button for one command of the table: its label, lock, shortcut hint and enabled state come from there. */
export function CommandButton({ command, run, testId, tip, pressed, children }: CommandButtonProps) {
  const spec = commandSpec(command);
  const enabled = useAppStore((s) => isCommandEnabled(command, s));
  return (
    <ToolbarButton
      testId={testId}
      controlId={spec.control}
      label={spec.label}
      title={withShortcut(tip, command)}
      disabled={!enabled}
      pressed={pressed}
      onClick={() => run(command)}
    >
      {children}
    </ToolbarButton>
  );
}
