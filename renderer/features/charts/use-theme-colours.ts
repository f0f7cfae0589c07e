import { useEffect, useState } from 'react';
import { useEffectiveTheme } from '../../app/use-effective-theme';
import { readThemeColours, type ThemeColours } from './theme-colours';

function readFromPage(): ThemeColours {
  const style = getComputedStyle(document.documentElement);
  return readThemeColours((name) => style.getPropertyValue(name).trim());
}

/** The current theme's colours, re-read after the theme switches (null until first read). */
export function useThemeColours(): ThemeColours | null {
  const theme = useEffectiveTheme();
  const [colours, setColours] = useState<{ theme: string; value: ThemeColours } | null>(null);
  // An effect, not a render-time read: useEffectiveTheme sets data-theme in its own (earlier) effect.
  useEffect(() => {
    setColours({ theme, value: readFromPage() });
  }, [theme]);
  return colours?.value ?? null;
}
