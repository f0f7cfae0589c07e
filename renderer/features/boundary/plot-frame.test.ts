import { describe, expect, it } from 'vitest';
import { fitFrame, gridImageRect, toCanvasX, toCanvasY } from './plot-frame';

const bounds = { x1: [-2, 2] as [number, number], x2: [0, 1] as [number, number] };

describe('plot frame', () => {
  it('keeps equal scales on both axes, centred in the box', () => {
    const frame = fitFrame(bounds, 420, 420, 10);
    expect(frame.width).toBe(400);
    expect(frame.height).toBe(100);
    expect(frame.top).toBe(160);
    expect(frame.width / 4).toBeCloseTo(frame.height / 1, 10);
  });

  it('fills the box when stretched', () => {
    expect(fitFrame(bounds, 300, 200, 5, true)).toEqual({ bounds, left: 5, top: 5, width: 290, height: 190 });
  });

  it('maps the bounds to the frame edges, x2 upwards', () => {
    const frame = fitFrame(bounds, 300, 200, 0, true);
    expect(toCanvasX(frame, -2)).toBe(0);
    expect(toCanvasX(frame, 2)).toBe(300);
    expect(toCanvasY(frame, 0)).toBe(200);
    expect(toCanvasY(frame, 1)).toBe(0);
    expect(toCanvasY(frame, 0.25)).toBe(150);
  });

  it('places grid pixel centres on the grid points', () => {
    const frame = fitFrame(bounds, 300, 200, 0, true);
    const resolution = 4;
    const rect = gridImageRect(frame, resolution);
    // Grid column c samples x1 = lerp(min, max, c/(res−1)); its pixel centre must be that point's canvas x.
    for (let c = 0; c < resolution; c++) {
      const centre = rect.x + ((c + 0.5) * rect.width) / resolution;
      expect(centre).toBeCloseTo(toCanvasX(frame, -2 + (4 * c) / (resolution - 1)), 9);
    }
  });
});
