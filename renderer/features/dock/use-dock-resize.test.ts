import { describe, expect, it } from 'vitest';
import { clampDockHeight, DOCK_MIN_HEIGHT } from './use-dock-resize';

describe('clampDockHeight', () => {
  it('keeps the dock between its minimum and what leaves the canvas 80 px', () => {
    expect(clampDockHeight(300, 700)).toBe(300);
    expect(clampDockHeight(10, 700)).toBe(DOCK_MIN_HEIGHT);
    expect(clampDockHeight(900, 700)).toBe(620);
  });

  it('never goes under the minimum, even in a container too small for both', () => {
    expect(clampDockHeight(500, 150)).toBe(DOCK_MIN_HEIGHT);
  });
});
