import { describe, expect, it } from 'vitest';
import { licenceSummary, runtimeDescription } from './about-text';

describe('About dialog text', () => {
  it('names Electron and Chromium in the desktop app, the browser on the web', () => {
    const electronUa =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) mlp-studio/0.1.0 ' +
      'Chrome/140.0.7339.41 Electron/45.4.1 Safari/537.36';
    expect(runtimeDescription(electronUa, 'electron')).toBe('Desktop app (Electron 45.4.1, Chromium 140.0.7339.41)');
    expect(
      runtimeDescription('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0.0.0 Safari/537.36', 'web'),
    ).toBe('Web page in Chrome/Chromium 156');
    expect(runtimeDescription('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'web')).toBe(
      'Web page in Firefox 140',
    );
  });

  it('counts the licences, most common first', () => {
    expect(
      licenceSummary([{ license: 'MIT' }, { license: 'ISC' }, { license: 'MIT' }, { license: 'Apache-2.0' }]),
    ).toBe('MIT × 2, Apache-2.0 × 1, ISC × 1');
  });
});
