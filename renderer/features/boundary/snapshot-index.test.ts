import { describe, expect, it } from 'vitest';
import { selectionFromScrubber, snapshotIndex } from './snapshot-index';

describe('snapshot scrubber', () => {
  it('follows the newest snapshot while nothing is pinned', () => {
    expect(snapshotIndex(5, null)).toBe(4);
    expect(snapshotIndex(6, null)).toBe(5);
    expect(snapshotIndex(0, null)).toBe(-1);
  });

  it('holds a pinned snapshot as new ones arrive, and clamps it when they are cleared', () => {
    expect(snapshotIndex(5, 2)).toBe(2);
    expect(snapshotIndex(9, 2)).toBe(2);
    expect(snapshotIndex(1, 2)).toBe(0);
  });

  it('pins earlier positions and goes live again at the end', () => {
    expect(selectionFromScrubber(0, 5)).toBe(0);
    expect(selectionFromScrubber(3, 5)).toBe(3);
    expect(selectionFromScrubber(4, 5)).toBeNull();
  });
});
