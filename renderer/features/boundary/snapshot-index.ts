/**
 * The timeline scrubber's logic: which stored decision-grid snapshot to show. `selected` null means
 * "follow live" (always the newest); moving the scrubber to the last position returns to live.
 */

/** The index of the snapshot to show among `count` snapshots, or −1 when there is none. */
export function snapshotIndex(count: number, selected: number | null): number {
  if (count === 0) return -1;
  if (selected === null) return count - 1;
  return Math.min(Math.max(0, selected), count - 1);
}

/** The selection a scrubber position means: the last position follows live (null), any other pins that snapshot. */
export function selectionFromScrubber(position: number, count: number): number | null {
  return position >= count - 1 ? null : Math.max(0, Math.round(position));
}
