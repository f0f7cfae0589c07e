import { describe, expect, it } from 'vitest';
import { selectionFromScrubber, snapshotIndex } from './snapshot-index';

const at = (...steps: number[]) => steps.map((step) => ({ step }));

describe('snapshot scrubber', () => {
  it('follows the newest snapshot while nothing is pinned', () => {
    expect(snapshotIndex(at(0, 10, 20), null)).toBe(2);
    expect(snapshotIndex(at(0, 10, 20, 30), null)).toBe(3);
    expect(snapshotIndex([], null)).toBe(-1);
  });

  it('holds a pinned moment as new snapshots arrive', () => {
    expect(snapshotIndex(at(0, 10, 20), 10)).toBe(1);
    expect(snapshotIndex(at(0, 10, 20, 30, 40), 10)).toBe(1);
  });

  it('stays at the same moment when older snapshots are thinned away', () => {
    // Snapshot 10 was dropped by thinning; the nearest earlier one is shown.
    expect(snapshotIndex(at(0, 20, 30, 40), 10)).toBe(0);
    expect(snapshotIndex(at(0, 5, 20, 30), 20)).toBe(2);
  });

  it('pins earlier positions by their step and goes live again at the end', () => {
    const snapshots = at(0, 10, 20, 30);
    expect(selectionFromScrubber(0, snapshots)).toBe(0);
    expect(selectionFromScrubber(2, snapshots)).toBe(20);
    expect(selectionFromScrubber(3, snapshots)).toBeNull();
    expect(selectionFromScrubber(0, [])).toBeNull();
  });
});
