import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clampToDisplays, DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('clampToDisplays', () => {
  it('keeps bounds that fit on a display', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 1200, height: 800 }, [laptop, monitor])).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
    });
  });

  it('moves a window hanging off the edge back onto the display it overlaps most, shrinking it to fit', () => {
    expect(clampToDisplays({ x: 3500, y: -40, width: 1000, height: 900 }, [laptop, monitor])).toEqual({
      x: 3000,
      y: 0,
      width: 1000,
      height: 900,
    });
    expect(clampToDisplays({ x: 200, y: 100, width: 2400, height: 1300 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    });
  });

  it('gives null when the window was on a display that is gone', () => {
    expect(clampToDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips bounds, maximized and theme, creating its folder', async () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 1300, height: 850 }, maximized: true, theme: 'dark' as const };
    await saveWindowState(file, state);
    await expect(loadWindowState(file)).resolves.toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('falls back to defaults for a missing or damaged file, and per field for bad values', async () => {
    await expect(loadWindowState(path.join(dir, 'none.json'))).resolves.toEqual(DEFAULT_WINDOW_STATE);
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '{"bounds": ');
    await expect(loadWindowState(file)).resolves.toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(
      file,
      JSON.stringify({ bounds: { x: 'left', y: 0, width: 9, height: 9 }, maximized: true, theme: 'neon' }),
    );
    await expect(loadWindowState(file)).resolves.toEqual({ bounds: null, maximized: true, theme: 'system' });
  });
});
