import { type MouseEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useDismiss } from '../../ui/use-dismiss';

/**
 * The presenter view's overflow menu: the toolbar keeps one row of what a lesson needs (presets,
 * training, fit, the presenter switch) and this panel holds the rest as the same controls.
 * A plain command closes it; a control that opens a menu of its own leaves it open.
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(root, open, close);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button && !button.hasAttribute('aria-haspopup')) close();
  };
  return (
    <div className="menu toolbar-more" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="btn-toolbar-more"
        aria-haspopup="true"
        aria-expanded={open}
        {...tip(TIPS['presenter.more'])}
        onClick={() => setOpen((o) => !o)}
      >
        More ▾
      </button>
      {open && (
        <div
          className="toolbar__overflow"
          data-testid="toolbar-overflow"
          role="group"
          aria-label="More commands"
          onClick={onClick}
        >
          {children}
        </div>
      )}
    </div>
  );
}
