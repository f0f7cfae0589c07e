import { describe, expect, it } from 'vitest';
import { placeEndLabels } from './end-labels';

const end = (key: string, y: number) => ({ key, y, text: key });

describe('placeEndLabels', () => {
  it('leaves labels that are already apart where their lines end', () => {
    expect(placeEndLabels([end('a', 50), end('b', 10)], 0, 100, 12).map((l) => [l.key, l.labelY])).toEqual([
      ['b', 10],
      ['a', 50],
    ]);
  });

  it('pushes labels of lines that end together apart by the gap, keeping their order', () => {
    const placed = placeEndLabels([end('a', 40), end('b', 41), end('c', 42)], 0, 100, 12);
    expect(placed.map((l) => l.labelY)).toEqual([40, 52, 64]);
  });

  it('keeps the column inside the plot, pulling it up from the bottom', () => {
    const placed = placeEndLabels([end('a', 98), end('b', 99), end('c', 100)], 0, 100, 12);
    expect(placed.map((l) => l.labelY)).toEqual([76, 88, 100]);
  });

  it('shares the height evenly when the labels cannot all fit at the gap', () => {
    const placed = placeEndLabels(
      Array.from({ length: 6 }, (_, i) => end(`k${i}`, 50)),
      0,
      50,
      20,
    );
    expect(placed.map((l) => l.labelY)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});
