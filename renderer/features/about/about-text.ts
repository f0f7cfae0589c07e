/**
 * What the About dialog says beyond the version: where the app runs (from the user agent, which
 * names Electron and Chrome in the desktop app) and a count of the licences it lists.
 */

/** 'Desktop app (Electron 45.4.1, Chromium 140.0.7339.41)' or 'Web page in Chrome 140' style, from a user agent string. */
export function runtimeDescription(userAgent: string, kind: 'web' | 'electron'): string {
  const electron = /Electron\/([\d.]+)/.exec(userAgent)?.[1];
  const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1];
  const firefox = /Firefox\/([\d.]+)/.exec(userAgent)?.[1];
  if (kind === 'electron')
    return `Desktop app${electron ? ` (Electron ${electron}${chrome ? `, Chromium ${chrome}` : ''})` : ''}`;
  const browser = chrome
    ? `Chrome/Chromium ${chrome.split('.')[0]}`
    : firefox
      ? `Firefox ${firefox.split('.')[0]}`
      : 'a browser';
  return `Web page in ${browser}`;
}

/** How many libraries use each licence, most common first ('MIT × 52, Apache-2.0 × 9, …'). */
export function licenceSummary(licences: readonly { license: string }[]): string {
  const counts = new Map<string, number>();
  for (const { license } of licences) counts.set(license, (counts.get(license) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([license, n]) => `${license} × ${n}`)
    .join(', ');
}
