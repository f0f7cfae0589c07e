import { useEffect, useState } from 'react';
import { useEffectiveTheme } from '../../app/use-effective-theme';
import { MAX_RUNS } from '../../../src/project/light';

/** Each run's colour by position (CSS variables --run-0 … in runs.css), re-read after the theme switches; empty until first read. */
export function useRunColours(): string[] {
  const theme = useEffectiveTheme();
  const [colours, setColours] = useState<string[]>([]);
  // An effect, as for the theme colours: data-theme is set in an earlier effect.
  useEffect(() => {
    const style = getComputedStyle(document.documentElement);
    setColours(Array.from({ length: MAX_RUNS }, (_, i) => style.getPropertyValue(`--run-${i}`).trim()));
  }, [theme]);
  return colours;
}

/** Dash patterns that tell a run's Linear layers apart in the gradient chart (first layer solid). */
export const LAYER_DASHES = ['', '7 3', '2 3', '10 3 2 3'];
