import { type KeyboardEvent, type ReactNode, useLayoutEffect, useRef } from 'react';
import './modal-dialog.css';

/** Props of a modal dialog. */
export interface ModalDialogProps {
  /** Its accessible name: the id of its title, or a label when it has no visible title. */
  labelledBy?: string;
  label?: string;
  /** `alertdialog` for a question that interrupts (unsaved changes); a plain dialog otherwise. */
  role?: 'alertdialog';
  /** Called on Escape, and on a press outside the box when `closeOnOutside`. */
  onClose(): void;
  closeOnOutside?: boolean;
  /** The test id of the control that gets the focus back on close, when the opener itself is redrawn meanwhile. */
  returnFocusTo?: string;
  children: ReactNode;
}

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The controls Tab reaches inside `root`, in order: enabled, shown, not taken out of the tab order. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.tabIndex >= 0 &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })),
  );
}

/** Keeps Tab inside the dialog: past the last control it wraps to the first, and Shift+Tab the other way. */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab' || event.defaultPrevented) return;
  const controls = tabbables(event.currentTarget);
  if (controls.length === 0) return;
  const [first, last] = [controls[0], controls[controls.length - 1]];
  const active = document.activeElement;
  const leaving = event.shiftKey ? active === first || !event.currentTarget.contains(active) : active === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/**
 * A native `<dialog>` opened with showModal while mounted: the rest of the page is inert and Tab wraps inside, Escape
 * calls `onClose`, the element marked `data-autofocus` (else the first control) takes focus, and on unmount focus
 * returns to the element that
 * had it before (or to the one that took its test id). The children are the visible box; the dialog itself dims the page.
 */
export function ModalDialog(props: ModalDialogProps) {
  const { labelledBy, label, role, onClose, closeOnOutside = false, returnFocusTo, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (!dialog) return;
    if (!dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const openerId = returnFocusTo ?? opener?.dataset.testid;
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
      // The opener may be redrawn as the dialog goes (a pop-out's view steps aside while it is open): then its
      // successor, the element with its test id, takes the focus.
      requestAnimationFrame(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && openerId) document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(openerId)}"]`)?.focus();
      });
    };
    // Opened once per mount: a later change of returnFocusTo does not reopen the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      role={role}
      aria-labelledby={labelledBy}
      aria-label={label}
      onKeyDown={wrapTab}
      onCancel={(event) => {
        // Escape: the owner decides (it unmounts the dialog), so the element never closes behind React's back.
        event.preventDefault();
        close.current();
      }}
      // Closed some other way (a second Escape the browser would not let the page refuse): tell the owner.
      onClose={() => close.current()}
      onClick={(event) => {
        if (closeOnOutside && event.target === event.currentTarget) close.current();
      }}
    >
      {children}
    </dialog>
  );
}
