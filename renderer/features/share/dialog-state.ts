/**
 * Which share dialog is open (the link dialog, the lesson's QR code, Open Link, or none): session state of
 * this feature alone, kept outside the document store so that opening it is never an undo step.
 */
import { useSyncExternalStore } from 'react';

/** The share dialogs: share as a link, the lesson's QR code, and the desktop app's Open Link. */
export type ShareDialog = 'link' | 'qr' | 'openLink';

let open: ShareDialog | null = null;
const listeners = new Set<() => void>();

/** Opens a share dialog (or closes them all with null) and tells every subscriber. */
export function setShareDialog(dialog: ShareDialog | null): void {
  open = dialog;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The open share dialog, live. */
export function useShareDialog(): ShareDialog | null {
  return useSyncExternalStore(
    subscribe,
    () => open,
    () => null,
  );
}
