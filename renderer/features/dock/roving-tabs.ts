/** Arrow-key movement in a tab strip (the ARIA tabs pattern): one tab stop, arrows move between tabs and open them. */
import type { KeyboardEvent } from 'react';

/**
 * The index of the tab a key moves to from `current` among `count` tabs (ArrowRight/ArrowLeft wrap, Home and End go to
 * the ends), skipping disabled ones; null for any other key or when no tab can be picked.
 */
export function nextTab(key: string, current: number, disabled: readonly boolean[]): number | null {
  const count = disabled.length;
  const open = (i: number) => !disabled[i];
  const walk = (from: number, step: number): number | null => {
    for (let k = 1; k <= count; k++) {
      const i = (((from + step * k) % count) + count) % count;
      if (open(i)) return i;
    }
    return null;
  };
  if (count === 0) return null;
  if (key === 'ArrowRight') return walk(current, 1);
  if (key === 'ArrowLeft') return walk(current, -1);
  if (key === 'Home') return walk(-1, 1);
  if (key === 'End') return walk(count, -1);
  return null;
}

/** The keydown handler of a tablist: moves focus to the tab nextTab picks and opens it with `pick(id)` (its data-tab-id). */
export function onTabListKeyDown(event: KeyboardEvent<HTMLElement>, pick: (id: string) => void): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const current = tabs.findIndex((t) => t === document.activeElement);
  if (current < 0) return;
  const next = nextTab(
    event.key,
    current,
    tabs.map((t) => t.disabled),
  );
  if (next === null) return;
  event.preventDefault();
  tabs[next].focus();
  pick(tabs[next].dataset.tabId ?? '');
}
