/** Where focus moves inside an open menu for a key press (the WAI-ARIA menu pattern), as a pure function. */

/** What a key does in an open menu: move focus to an item, close the menu, or nothing of the menu's. */
export type MenuKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'close'; returnFocus: boolean }
  | { kind: 'none' };

/**
 * The action of `key` in a menu of `labels` (the enabled items' texts) whose item `current` has focus (-1: none):
 * arrows move and wrap, Home/End jump, Escape closes back to the button, Tab closes and lets focus move on,
 * a printable character jumps to the next item starting with it.
 */
export function menuKeyAction(key: string, current: number, labels: readonly string[]): MenuKeyAction {
  const count = labels.length;
  switch (key) {
    case 'Escape':
      return { kind: 'close', returnFocus: true };
    case 'Tab':
      return { kind: 'close', returnFocus: false };
  }
  if (count === 0) return { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: current < 0 ? 0 : (current + 1) % count };
    case 'ArrowUp':
      return { kind: 'focus', index: current < 0 ? count - 1 : (current - 1 + count) % count };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: count - 1 };
  }
  if (key.length !== 1 || key === ' ') return { kind: 'none' };
  const letter = key.toLowerCase();
  for (let step = 1; step <= count; step++) {
    const index = (current + step + count) % count;
    if (labels[index].trim().toLowerCase().startsWith(letter)) return { kind: 'focus', index };
  }
  return { kind: 'none' };
}
