/**
 * The chosen theme on the main side: handed to nativeTheme.themeSource, so the OS title bar,
 * context menus and native dialogs match the page, and remembered for the next run.
 */
import type { WindowTheme } from '../src/ipc/contract';

/** The part of Electron's nativeTheme this needs. */
export interface ThemeTarget {
  themeSource: WindowTheme;
}

/** The remembered theme and the way to change it. */
export interface ThemeKeeper {
  get(): WindowTheme;
  set(theme: WindowTheme): void;
}

/** Applies `initial` to `target` now, and on each change applies it and calls `remember` (which persists it). */
export function createThemeKeeper(
  target: ThemeTarget,
  initial: WindowTheme,
  remember: (theme: WindowTheme) => void,
): ThemeKeeper {
  let current = initial;
  target.themeSource = initial;
  return {
    get: () => current,
    set(theme) {
      if (theme === current) return;
      current = theme;
      target.themeSource = theme;
      remember(theme);
    },
  };
}
