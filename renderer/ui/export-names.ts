/** The names exported files take: the project's title and a file-name stem made from it. */
import type { AppState } from '../store/types';

/** The title exports are named after: the project's title, else its file name without .mlp. */
export function exportTitle(state: Pick<AppState, 'view'>): string {
  const { meta, name } = state.view.file;
  const title = meta.title.trim();
  return title && title !== 'Untitled network' ? title : name.replace(/\.mlp$/i, '') || 'network';
}

/** A file-name stem from a title ("Two moons!" → two_moons). */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'network'
  );
}
