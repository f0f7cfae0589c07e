import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/use-app-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme in force ('system' resolved through the OS setting, live); also sets data-theme on <html> so the CSS variables follow. */
export function useEffectiveTheme(): 'light' | 'dark' {
  const preference = useAppStore((s) => s.view.theme);
  const dark = useSyncExternalStore(subscribeToScheme, systemPrefersDark, () => false);
  const theme = preference === 'system' ? (dark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
