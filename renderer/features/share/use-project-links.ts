import { useEffect } from 'react';
import { linkPayloadOf } from '../../../src/project/light';
import { useServices } from '../../app/use-services';

/**
 * Opens the project of a link the page was loaded with (#p=...) and of any link pasted into the
 * address bar later (hashchange). The fragment is removed as soon as it is read, so a reload never
 * opens the link again over the edits made since.
 */
export function useProjectLinks(): void {
  const { files, store } = useServices();
  useEffect(() => {
    const openFromAddress = () => {
      const payload = linkPayloadOf(window.location.hash);
      if (payload === null) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      // Unpacking and checking a link loads the project checks, which start-up leaves out.
      void import('./open-link').then(({ openProjectLink }) => openProjectLink(payload, files, store));
    };
    openFromAddress();
    window.addEventListener('hashchange', openFromAddress);
    return () => window.removeEventListener('hashchange', openFromAddress);
  }, [files, store]);
}
