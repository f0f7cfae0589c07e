import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { browserStorage, readWelcomeSettings, shouldShowWelcomeAtStart } from './welcome-settings';

/**
 * Opens the welcome screen once at start when it should (first start, or asked for), and closes it when a project
 * arrives from elsewhere (a double-clicked .mlp).
 */
export function useWelcomeAtStart(): void {
  const togglePanel = useAppStore((s) => s.togglePanel);
  const loadId = useAppStore((s) => s.view.loadId);
  const firstLoadId = useRef(loadId);

  useEffect(() => {
    const env = { webdriver: navigator.webdriver === true, search: window.location.search };
    if (shouldShowWelcomeAtStart(readWelcomeSettings(browserStorage()), env)) togglePanel('welcome', true);
  }, [togglePanel]);

  useEffect(() => {
    // A file opened by the OS or the command line is what the person came for.
    if (loadId !== firstLoadId.current) togglePanel('welcome', false);
  }, [loadId, togglePanel]);
}
