import { describe, expect, it } from 'vitest';
import { HEADER_LINE, HEADER_PADDING, headerLayout } from './png-header-layout';

describe('PNG header layout', () => {
  it('puts entries on the title line while they fit', () => {
    const layout = headerLayout(100, [40, 40], 400);
    expect(layout.entries.map((e) => e.line)).toEqual([0, 0]);
    expect(layout.entries[0].x).toBeGreaterThan(HEADER_PADDING + 100);
    expect(layout.entries[1].x).toBeGreaterThan(layout.entries[0].x + 40);
    expect(layout.height).toBe(HEADER_LINE + HEADER_PADDING);
  });

  it('wraps entries that would pass the right edge, keeping every entry inside', () => {
    const width = 300;
    const widths = Array.from({ length: 9 }, () => 70);
    const layout = headerLayout(120, widths, width);
    const lines = Math.max(...layout.entries.map((e) => e.line)) + 1;
    expect(lines).toBeGreaterThan(1);
    layout.entries.forEach((e, i) => expect(e.x + widths[i]).toBeLessThanOrEqual(width - HEADER_PADDING));
    expect(layout.height).toBe(lines * HEADER_LINE + HEADER_PADDING);
    // Entries keep their order, line by line.
    for (let i = 1; i < layout.entries.length; i++) {
      const [a, b] = [layout.entries[i - 1], layout.entries[i]];
      expect(b.line > a.line || b.x > a.x).toBe(true);
    }
  });
});
