import { useEffect, useRef } from 'react';
import type { ViewId } from '../../ui/views/view-meta';
import { dockView } from './view-registry';
import { TIPS } from '../../help/tips';
import { PanelBoundary } from '../../ui/panel-boundary/PanelBoundary';
import { tip } from '../../ui/tip';

/** A view opened large in a modal overlay; Escape, the close button or a click outside closes it. */
export function PopoutDialog({ view, onClose }: { view: ViewId; onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  const View = dockView(view).component;
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="popout"
        role="dialog"
        aria-modal="true"
        aria-label={dockView(view).title}
        data-testid="popout-dialog"
        onClick={(e) => e.stopPropagation()}
      >
        <PanelBoundary id={`popout-${view}`} name={`The ${dockView(view).short} view`}>
          <View large />
        </PanelBoundary>
        <button
          ref={close}
          type="button"
          className="icon-button popout__close"
          data-testid="popout-close"
          {...tip(TIPS['dock.popoutClose'])}
          aria-label="Close"
          onClick={onClose}
        >
          ✕
        </button>
      </div>
    </div>
  );
}
