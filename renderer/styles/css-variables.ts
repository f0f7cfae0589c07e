/**
 * Reads the two themes' custom properties out of stylesheet text (the light set under `:root`, the
 * dark set under `:root[data-theme='dark']` layered over it), so tests can measure the colours the
 * page will use without a browser.
 */

/** A theme's custom properties by name (`--text` → `#1c2330`). */
export type ThemeVariables = Map<string, string>;

const BLOCK = /([^{}]+)\{([^{}]*)\}/g;
const DECLARATION = /(--[\w-]+)\s*:\s*([^;]+);/g;

function declarations(body: string, into: ThemeVariables): void {
  for (const match of body.matchAll(DECLARATION)) into.set(match[1], match[2].trim());
}

/** The light and dark themes' variables declared in `css` (comments ignored; later sheets override earlier ones). */
export function themeVariables(css: string): { light: ThemeVariables; dark: ThemeVariables } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const light: ThemeVariables = new Map();
  const darkOnly: ThemeVariables = new Map();
  for (const block of text.matchAll(BLOCK)) {
    const selector = block[1].trim().replace(/"/g, "'");
    if (selector === ':root') declarations(block[2], light);
    else if (selector === ":root[data-theme='dark']") declarations(block[2], darkOnly);
  }
  return { light, dark: new Map([...light, ...darkOnly]) };
}

/** The value of `name` in a theme, failing with the name when the stylesheets do not declare it. */
export function variable(theme: ThemeVariables, name: string): string {
  const value = theme.get(name);
  if (value === undefined) throw new Error(`The theme declares no ${name}; add it to renderer/styles/theme.css.`);
  return value;
}
