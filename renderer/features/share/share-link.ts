/**
 * The current project as a link: the app's own address with the project packed into its fragment,
 * without trained weights unless asked and only while the link stays short enough to share.
 */
import { projectLinkUrl, SHAREABLE_LINK_CHARS } from '../../../src/project/light';
import { loadProjectFormat } from '../../app/project-format';
import type { AppState } from '../../store/types';
import { trainedStateOf } from '../../training/trained-state';
import { projectFileOf } from '../files/project-file';

/**
 * The address links point at in the desktop app, whose page has a file:// address no other
 * computer can open: the registered mlp-studio:// scheme.
 */
export const DESKTOP_LINK_BASE = 'mlp-studio://open/';

/** A link made for the current project, with what it carries and whether it is short enough to share. */
export interface ProjectLink {
  url: string;
  /** Whether the trained weights ride along (the training history never does). */
  withWeights: boolean;
  /** Whether weights were asked for but left out because the link would have been too long; the length it would have had. */
  weightsTooLong: number | null;
  /** Whether the project has trained weights that could be included. */
  weightsAvailable: boolean;
  /** Whether the link is at most SHAREABLE_LINK_CHARS long. */
  shareable: boolean;
}

/** The address a link opens: this page without its fragment on the web, the mlp-studio:// scheme in the desktop app (file:// pages). */
export function linkBase(location: Pick<Location, 'protocol' | 'origin' | 'pathname' | 'search'>): string {
  if (location.protocol === 'http:' || location.protocol === 'https:')
    return `${location.origin}${location.pathname}${location.search}`;
  return DESKTOP_LINK_BASE;
}

/**
 * Makes the link of the project in `state` (weights only when `withWeights` and the project keeps
 * them, and then only when the link stays under the sharing limit).
 */
export async function makeProjectLink(
  state: Pick<AppState, 'document' | 'view' | 'training'>,
  base: string,
  withWeights: boolean,
): Promise<ProjectLink> {
  const file = projectFileOf(state);
  const { encodeProjectLink } = await loadProjectFormat();
  // The link carries the weights without the training history, which would make it many times longer.
  const read = trainedStateOf({ ...state.training, keepTrainedState: true });
  const trained = read && { ...read, history: [] };
  const plain = projectLinkUrl(base, await encodeProjectLink(file));
  const result = {
    withWeights: false,
    weightsTooLong: null,
    weightsAvailable: trained !== null,
    url: plain,
    shareable: plain.length <= SHAREABLE_LINK_CHARS,
  };
  if (!withWeights || trained === null) return result;
  const full = projectLinkUrl(base, await encodeProjectLink({ ...file, state: trained }, { includeState: true }));
  if (full.length > SHAREABLE_LINK_CHARS) return { ...result, weightsTooLong: full.length };
  return { ...result, url: full, withWeights: true, shareable: true };
}

/** "2.3 KB" for a link's length in characters (one byte each: a link is ASCII). */
export function linkSize(chars: number): string {
  return chars < 1024 ? `${chars} bytes` : `${(chars / 1024).toFixed(1)} KB`;
}
