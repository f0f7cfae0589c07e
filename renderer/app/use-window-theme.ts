import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/use-app-store';
import { useServices } from './use-services';

/**
 * Keeps the host's remembered theme and the app's in step: the desktop app's choice from the last
 * run is applied on start, and each later choice is handed back (main also sets the OS title bar).
 */
export function useWindowTheme(): void {
  const { platform, store } = useServices();
  const theme = useAppStore((s) => s.view.theme);
  // Nothing is handed back before the remembered theme is read, or the default would overwrite it.
  const loaded = useRef(false);
  useEffect(() => {
    let live = true;
    void platform.windowTheme?.load().then((saved) => {
      if (!live) return;
      loaded.current = true;
      if (saved && saved !== store.getState().view.theme) store.getState().setTheme(saved);
    });
    return () => {
      live = false;
    };
  }, [platform, store]);
  useEffect(() => {
    if (loaded.current) platform.windowTheme?.save(theme);
  }, [platform, theme]);
}
