import { tip } from './tip';
import type { ReactNode } from 'react';
import { useControl } from './use-control-access';

/** Props of a gate around a block of controls. */
export interface ControlGateProps {
  /** Registry id of the block (features/classroom/control-registry). */
  id: string;
  className?: string;
  children: ReactNode;
}

/**
 * Applies a classroom restriction to a whole block of controls: hidden renders nothing, locked
 * wraps the block in a disabled fieldset (which disables every button and field inside it at
 * once) with the lock in its tooltip.
 */
export function ControlGate({ id, className, children }: ControlGateProps) {
  const control = useControl(id);
  if (control.access === 'hidden') return null;
  const classes = `control-gate${className ? ` ${className}` : ''}`;
  if (control.disabled) {
    return (
      <fieldset className={classes} disabled {...tip(control.title()!)} {...control.attributes}>
        {children}
      </fieldset>
    );
  }
  return (
    <div className={classes} {...control.attributes}>
      {children}
    </div>
  );
}
