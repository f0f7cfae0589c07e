/**
 * Opening a shared link: its project part is unpacked here, then handed to the file commands'
 * openText, so a link goes through the same parseProject, the same "unsaved changes?" question
 * and the same error message as a file.
 */
import { decodeLinkText, parseProject } from '../../../src/project/index';
import type { AppStore } from '../../store/app-store';
import type { FileCommands } from '../files/file-commands';
import { withMlpExtension } from '../files/project-file';

/** The name a link's project opens under when its title cannot be read. */
export const LINK_FALLBACK_NAME = 'Shared link.mlp';

/** The file name for a link's project text: its title with .mlp, or LINK_FALLBACK_NAME when it has none or does not parse. */
export function linkFileName(text: string): string {
  try {
    // Characters no file system takes in a name become spaces.
    const title = parseProject(text)
      .meta.title.replace(/[\\/:*?"<>|\s]+/g, ' ')
      .trim();
    return title === '' ? LINK_FALLBACK_NAME : withMlpExtension(title);
  } catch {
    // openText parses it again and reports the problem.
    return LINK_FALLBACK_NAME;
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
}

/**
 * Opens the project in a link's project part, asking first when there are unsaved changes; a
 * damaged link becomes the same toast as a damaged file. Returns whether it loaded.
 */
export async function openProjectLink(
  payload: string,
  files: Pick<FileCommands, 'openText'>,
  store: AppStore,
): Promise<boolean> {
  let text: string;
  try {
    text = await decodeLinkText(payload);
  } catch (error) {
    store
      .getState()
      .showToast(
        'error',
        `Could not open '${LINK_FALLBACK_NAME}': ${messageOf(error)}. Your current project is unchanged.`,
      );
    return false;
  }
  // A link never carries a host's own "save changes?" question, so the renderer always asks.
  return files.openText({ name: linkFileName(text), text, handle: null }, { askFirst: true });
}
