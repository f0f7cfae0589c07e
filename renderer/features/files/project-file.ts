/**
 * Turning the store's document into .mlp text and back: the file keeps the metadata it was opened
 * with, stamps the modification time, takes its title from the file name when it has none (cut to
 * the format's limit), and a file name always ends in .mlp.
 */
import { createProject, serializeProject, titleFromFileName, type MlpFile } from '../../../src/project/light';
import type { AppState } from '../../store/types';

/** The file name with a .mlp extension (added when missing; blank names become Untitled.mlp). */
export function withMlpExtension(name: string): string {
  const trimmed = name.trim() || 'Untitled';
  return /\.mlp$/i.test(trimmed) ? trimmed : `${trimmed}.mlp`;
}

/** The name without its .mlp extension, as the title bar shows it. */
export function displayName(name: string): string {
  return name.replace(/\.mlp$/i, '');
}

/** The whole .mlp file for the current document, with `modified` set to `now`. */
export function projectFileOf(state: Pick<AppState, 'document' | 'view'>, now: Date = new Date()): MlpFile {
  const base = createProject();
  const { meta } = state.view.file;
  return {
    ...base,
    ...state.document,
    meta: { ...meta, title: meta.title || titleFromFileName(state.view.file.name), modified: now.toISOString() },
  };
}

/** The .mlp text for the current document (stable, pretty JSON). */
export function projectTextOf(state: Pick<AppState, 'document' | 'view'>, now?: Date): string {
  return serializeProject(projectFileOf(state, now));
}
