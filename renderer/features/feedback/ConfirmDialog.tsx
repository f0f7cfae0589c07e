import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { ModalDialog } from '../../ui/ModalDialog';

/** A modal yes/no question (unsaved changes before New or Open); Escape answers no. */
export function ConfirmDialog() {
  const confirmation = useAppStore((s) => s.view.confirmation);
  const answer = useAppStore((s) => s.answerConfirmation);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmation) cancel.current?.focus();
  }, [confirmation]);
  if (!confirmation) return null;
  return (
    <ModalDialog role="alertdialog" labelledBy="confirm-title" onClose={() => answer(false)}>
      <div className="dialog" data-testid="confirm-dialog">
        <h2 id="confirm-title">{confirmation.title}</h2>
        <p>{confirmation.message}</p>
        <div className="dialog__actions">
          <button
            ref={cancel}
            type="button"
            className="button"
            data-testid="confirm-cancel"
            {...tip(TIPS['dialog.cancel'])}
            onClick={() => answer(false)}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="confirm-ok"
            {...tip(TIPS['dialog.confirm'])}
            onClick={() => answer(true)}
          >
            {confirmation.confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
