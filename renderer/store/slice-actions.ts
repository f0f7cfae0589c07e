/**
 * The action interfaces of the store's smaller slices, apart from their implementations so that
 * `types.ts` can name them without importing the files that import it.
 */
import type { BackpropSettings } from '../../src/backprop/index';
import type { ClassicDataSpec, ClassicSettings } from '../../src/classic/index';

/** Collapsing repeated layers into one card and expanding it again. */
export interface GroupActions {
  /** Groups the selected layers when they are one block repeated (collapsed); otherwise a toast says why. Returns the group id, or null. */
  collapseSelection(): string | null;
  /** Shows a group as one card (true) or as its layers (false). */
  setGroupCollapsed(groupId: string, collapsed: boolean): void;
}

/** What the Backprop view's controls call. */
export interface BackpropActions {
  setBackprop(patch: Partial<BackpropSettings>): void;
}

/** What the Classic rules workspace's controls call. */
export interface ClassicActions {
  /** Shows (true) or hides the Classic rules workspace; saved, so a project can open straight into it. */
  openClassic(open: boolean): void;
  setClassic(patch: Partial<Omit<ClassicSettings, 'data' | 'open'>>): void;
  setClassicData(patch: Partial<ClassicDataSpec>): void;
}
