/**
 * The presenter view switch, remembered per machine in localStorage (a projector is a property
 * of the room's computer, not of the project), and applied as data-presenter on <html> so that
 * presenter.css can enlarge type and hit targets and raise the contrast.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { browserStorage } from '../welcome/welcome-settings';
import './presenter.css';

/** The localStorage key of the presenter view switch. */
export const PRESENTER_KEY = 'mlp-studio:presenter';

const listeners = new Set<() => void>();

/** Whether the presenter view is on; blocked or damaged storage reads as off. */
export function isPresenterView(storage: Pick<Storage, 'getItem'> | null = browserStorage()): boolean {
  try {
    return storage?.getItem(PRESENTER_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Turns the presenter view on or off and tells every subscriber; a blocked storage still switches it for this session. */
export function setPresenterView(on: boolean, storage: Pick<Storage, 'setItem'> | null = browserStorage()): void {
  session = on;
  try {
    storage?.setItem(PRESENTER_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered across starts, but switched now.
  }
  for (const listener of listeners) listener();
}

let session: boolean | null = null;

const current = () => session ?? isPresenterView();

/** Whether the presenter view is on right now (for code outside React, such as the fit options). */
export function presenterViewOn(): boolean {
  return current();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The presenter view switch, live; also keeps data-presenter on <html> in step with it. */
export function usePresenterView(): boolean {
  const on = useSyncExternalStore(subscribe, current, () => false);
  useEffect(() => {
    if (on) document.documentElement.dataset.presenter = 'on';
    else delete document.documentElement.dataset.presenter;
  }, [on]);
  return on;
}

/** Flips the presenter view. */
export function togglePresenterView(): void {
  setPresenterView(!current());
}
