/**
 * The timeline scrubber's logic: which stored decision-grid snapshot to show. The selection is a
 * training step, not an index, because the store thins old snapshots (an index would drift to
 * another moment); null means "follow live" (always the newest), and moving the scrubber to the
 * last position returns to live.
 */

/**
 * The index of the snapshot to show: the newest when following live, else the last one taken at or before
 * `pinnedStep` (the first if none); −1 when there is none.
 */
export function snapshotIndex(snapshots: readonly { step: number }[], pinnedStep: number | null): number {
  if (snapshots.length === 0) return -1;
  if (pinnedStep === null) return snapshots.length - 1;
  let index = 0;
  for (let i = 0; i < snapshots.length && snapshots[i].step <= pinnedStep; i++) index = i;
  return index;
}

/** The selection a scrubber position means: the last position follows live (null), any other pins its snapshot's step. */
export function selectionFromScrubber(position: number, snapshots: readonly { step: number }[]): number | null {
  if (snapshots.length === 0 || position >= snapshots.length - 1) return null;
  return snapshots[Math.max(0, Math.round(position))].step;
}
