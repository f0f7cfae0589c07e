/**
 * The .mlp reader and writer checks (parseProject, serializeForWrite, the link codec), loaded on first
 * use: they bring zod and every schema, which the canvas does not need to become interactive. The
 * page imports everything else of the format from src/project/light.
 */
import type * as Checks from '../../src/project/checks';

type ProjectFormat = typeof Checks;

let loading: Promise<ProjectFormat> | null = null;
let loaded: ProjectFormat | null = null;

/** The project checks, fetched once and shared by every caller (files, drafts, presets, links); a failed fetch is tried again next time. */
export function loadProjectFormat(): Promise<ProjectFormat> {
  loading ??= import('../../src/project/checks').then(
    (format) => (loaded = format),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The project checks when they have already arrived, else null (for work that must start without waiting). */
export function loadedProjectFormat(): ProjectFormat | null {
  return loaded;
}
