/**
 * How the browser reads a project file: the size is checked before a byte is read, and the bytes
 * are decoded as strict UTF-8, the rule every reader (web, desktop, command line) applies.
 */
import { checkFileSize, decodeUtf8Strict } from '../../src/project/light';
import type { OpenedFile } from './platform';

/** The file's text; throws ProjectFormatError for a file over the size limit (unread) or one that is not UTF-8. */
export async function readProjectText(file: Blob): Promise<string> {
  checkFileSize(file.size);
  return decodeUtf8Strict(new Uint8Array(await file.arrayBuffer()));
}

/** The opened file, or, when it cannot be read, one that carries the reason in `problem` (and no text) for the renderer to show. */
export async function openedFileOf(file: File, handle: unknown): Promise<OpenedFile> {
  try {
    return { name: file.name, text: await readProjectText(file), handle };
  } catch (error) {
    return { name: file.name, text: '', handle: null, problem: error instanceof Error ? error.message : String(error) };
  }
}
