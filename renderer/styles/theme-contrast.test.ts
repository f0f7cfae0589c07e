// Every text colour the stylesheets pair with a background reaches WCAG AA (4.5:1) in both themes,
// measured from the custom properties as the CSS files declare them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../features/charts/colour-science';
import { parseColour } from '../features/charts/colours';
import { themeVariables, variable, type ThemeVariables } from './css-variables';

const SHEETS = ['styles/theme.css', 'styles/charts.css'];
const css = SHEETS.map((sheet) => readFileSync(join(__dirname, '..', sheet), 'utf8')).join('\n');
const themes = themeVariables(css);

const SURFACES = ['--bg', '--panel', '--panel-2', '--canvas'];

/** [text, background] pairs the stylesheets use; a literal colour stands for itself. */
const PAIRS: [string, string][] = [
  ...['--text', '--muted', '--accent', '--danger', '--warning'].flatMap((text) =>
    SURFACES.map((surface): [string, string] => [text, surface]),
  ),
  ['--series-train', '--panel'],
  ['--series-validation', '--panel'],
  ['--text', '--accent-soft'],
  ['--accent', '--accent-soft'],
  ['--muted', '--accent-soft'],
  ['--success', '--success-soft'],
  ['--text', '--danger-soft'],
  ['--danger', '--danger-soft'],
  ['--text', '--warning-soft'],
  ['--warning', '--warning-soft'],
  ['--on-accent', '--accent'],
  ['--on-danger', '--danger'],
  ['--on-warning', '--warning'],
  ['--panel', '--accent'],
];

const colourOf = (theme: ThemeVariables, name: string) =>
  parseColour(name.startsWith('--') ? variable(theme, name) : name);

describe.each([
  ['light', themes.light],
  ['dark', themes.dark],
])('text contrast in the %s theme', (_name, theme) => {
  it('reads every declared variable of the pairs', () => {
    expect(theme.size).toBeGreaterThan(40);
  });

  it('keeps every text/background pair at 4.5:1 or more', () => {
    const failing = PAIRS.map(([text, background]) => ({
      pair: `${text} on ${background}`,
      ratio: Number(contrastRatio(colourOf(theme, text), colourOf(theme, background)).toFixed(2)),
    })).filter((p) => p.ratio < 4.5);
    expect(failing).toEqual([]);
  });
});
