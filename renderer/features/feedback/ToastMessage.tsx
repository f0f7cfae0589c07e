import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { INFO_TOAST_MS } from '../../store/view-slice';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** The toast at the bottom of the window: info goes by itself, errors stay until closed because they say how to fix something. */
export function ToastMessage() {
  const toast = useAppStore((s) => s.view.toast);
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    if (!toast || toast.kind === 'error') return;
    const timer = setTimeout(dismiss, INFO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  if (!toast) return null;
  return (
    <div
      className={`toast toast--${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      data-testid="toast"
      data-kind={toast.kind}
    >
      <p className="toast__message">{toast.message}</p>
      <button
        type="button"
        className="toast__close"
        aria-label="Dismiss"
        data-testid="toast-close"
        {...tip(TIPS['toast.close'])}
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  );
}
