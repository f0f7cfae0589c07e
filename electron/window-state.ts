/**
 * What the desktop app remembers between runs: the window's bounds (restored on start, moved
 * onto a display that still exists) and the chosen theme. Kept in userData as JSON, written
 * atomically, and read forgivingly: a damaged file only means the defaults.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WINDOW_THEMES, type WindowTheme } from '../src/ipc/contract';
import { writeFileAtomic } from '../src/project/atomic-write';

/** A rectangle in screen coordinates (Electron's Rectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The remembered window: its normal bounds, whether it was maximized, and the theme. */
export interface WindowState {
  bounds: Rect | null;
  maximized: boolean;
  theme: WindowTheme;
}

/** The state before anything was remembered. */
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: null, maximized: false, theme: 'system' };

/** Smallest window kept (the window's own minimum size). */
export const MIN_WINDOW = { width: 960, height: 600 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }).nullable().catch(null),
  maximized: z.boolean().catch(false),
  theme: z.enum(WINDOW_THEMES).catch('system'),
});

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Fits remembered bounds onto the displays there are now (their work areas): onto the one it
 * overlaps most, shrunk to fit and moved inside it; null when it overlaps none (a display was
 * unplugged), so the window opens at its default place.
 */
export function clampToDisplays(bounds: Rect, workAreas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    if (shared > bestArea) [best, bestArea] = [area, shared];
  }
  if (!best) return null;
  const width = Math.max(Math.min(bounds.width, best.width), Math.min(MIN_WINDOW.width, best.width));
  const height = Math.max(Math.min(bounds.height, best.height), Math.min(MIN_WINDOW.height, best.height));
  const x = Math.min(Math.max(bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(bounds.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}

/** Reads the remembered state from `file`; a missing or damaged file (or field) gives the defaults. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes `state` to `file` atomically (a crash mid-write leaves the previous file whole). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}
