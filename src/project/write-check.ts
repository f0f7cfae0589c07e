import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import type { MlpFile } from './types';

export { titleFromFileName } from './file-title';

/** The text to write, or why writing it would leave a file that does not open again. */
export type WritableText = { ok: true; text: string } | { ok: false; error: ProjectFormatError; message: string };

/**
 * Serialises a project and reads the text back with parseProject, the same reader every open path
 * uses, so that no writer (web, desktop, CLI, drafts) ever replaces a file with one it refuses to
 * open. Returns the text, or the reader's error with a sentence for a person; writes nothing.
 */
export function serializeForWrite(file: MlpFile): WritableText {
  let text: string;
  try {
    text = serializeProject(file);
    parseProject(text);
  } catch (error) {
    if (!(error instanceof ProjectFormatError)) throw error;
    const message =
      `the project would be written as a file MLP Studio cannot open again ` +
      `(${error.message.replace(/[.\s]+$/, '')}); nothing was written. Fix that, or save without the trained state, then save again`;
    return { ok: false, error, message };
  }
  return { ok: true, text };
}
