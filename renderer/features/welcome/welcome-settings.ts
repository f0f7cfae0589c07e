/**
 * Whether the welcome screen opens at start: on the first start, and at every start when the
 * person asks for it; never by itself in an automated browser (navigator.webdriver), so the
 * other browser tests see the app, not the welcome screen, unless the URL asks with ?welcome=1.
 */

/** The localStorage key of the welcome settings (localStorage persists in Electron's profile too). */
export const WELCOME_SETTINGS_KEY = 'mlp-studio:welcome';

/** What is remembered: whether the screen was ever closed, and whether it should open at every start. */
export interface WelcomeSettings {
  seen: boolean;
  showAtStart: boolean;
}

const DEFAULTS: WelcomeSettings = { seen: false, showAtStart: false };

/** Reads the settings; missing, damaged or blocked storage reads as a first start. */
export function readWelcomeSettings(storage: Pick<Storage, 'getItem'> | null): WelcomeSettings {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(WELCOME_SETTINGS_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return DEFAULTS;
    const { seen, showAtStart } = parsed as Record<string, unknown>;
    return { seen: seen === true, showAtStart: showAtStart === true };
  } catch {
    return DEFAULTS;
  }
}

/** Stores the settings; a full or blocked storage only means the screen may show again. */
export function writeWelcomeSettings(storage: Pick<Storage, 'setItem'> | null, settings: WelcomeSettings): void {
  try {
    storage?.setItem(WELCOME_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: forgetting a dismissal costs one more look at the welcome screen.
  }
}

/**
 * Whether to open the welcome screen at start: `?welcome=1` / `?welcome=0` decide; else never under automation; else
 * first start or asked for.
 */
export function shouldShowWelcomeAtStart(
  settings: WelcomeSettings,
  env: { webdriver: boolean; search: string },
): boolean {
  const asked = new URLSearchParams(env.search).get('welcome');
  if (asked === '1') return true;
  if (asked === '0' || env.webdriver) return false;
  return !settings.seen || settings.showAtStart;
}

/** The page's localStorage, or null where the browser blocks it (a sandboxed frame, some private modes). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
