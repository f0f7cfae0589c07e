import { useEffect, useRef } from 'react';
import type { ViewId } from '../../ui/views/view-meta';
import { ModalDialog } from '../../ui/ModalDialog';
import { dockView } from './view-registry';
import { TIPS } from '../../help/tips';
import { PanelBoundary } from '../../ui/panel-boundary/PanelBoundary';
import { tip } from '../../ui/tip';

/** A view opened large in a modal overlay; Escape, the close button or a click outside closes it. */
export function PopoutDialog({ view, onClose }: { view: ViewId; onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  const View = dockView(view).component;
  useEffect(() => close.current?.focus(), []);
  return (
    <ModalDialog label={dockView(view).title} onClose={onClose} closeOnOutside returnFocusTo={`popout-${view}`}>
      <div className="popout" data-testid="popout-dialog">
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
    </ModalDialog>
  );
}
