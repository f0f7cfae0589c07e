/**
 * Writes exported files (scripts, the TF.js model pair, images, CSV) where the person chooses: one
 * save dialog for the first file; the others go into the same folder under their own names (the
 * model.json names its weights file, so that name must not change).
 */
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { EXPORT_EXTENSIONS, type ExportedFiles, type ExportFilePayload } from '../src/ipc/contract';
import { writeFileAtomic } from '../src/project/atomic-write';

/** Options of the export save dialog for `fileName`, filtered to its extension. */
export function exportDialogOptions(fileName: string, companions: string[]): SaveDialogOptions {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const also = companions.length > 0 ? ` (${companions.join(', ')} is saved beside it)` : '';
  return {
    title: `Export ${fileName}${also}`,
    defaultPath: fileName,
    filters: [{ name: EXPORT_EXTENSIONS[extension] ?? 'File', extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The chosen path with the first file's extension added when the dialog left it off (some Linux dialogs do). */
export function withExtensionOf(chosen: string, fileName: string): string {
  const extension = path.extname(fileName);
  return path.extname(chosen).toLowerCase() === extension.toLowerCase() ? chosen : `${chosen}${extension}`;
}

/** What writing needs: the save dialog and an atomic writer (injected for tests). */
export interface ExportFileServices {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  write?(target: string, data: string | Uint8Array): Promise<void>;
}

/**
 * Asks where to save `files[0]` and writes every file (atomically) into that folder; null when
 * cancelled. Throws with the file and the reason when a write fails.
 */
export async function saveExportFiles(
  files: ExportFilePayload[],
  services: ExportFileServices,
): Promise<ExportedFiles | null> {
  const [first, ...rest] = files;
  const choice = await services.showSaveDialog(
    exportDialogOptions(
      first.name,
      rest.map((f) => f.name),
    ),
  );
  if (choice.canceled || !choice.filePath) return null;
  const target = withExtensionOf(choice.filePath, first.name);
  const folder = path.dirname(target);
  const write = services.write ?? writeFileAtomic;
  const written = [
    { target, data: first.data },
    ...rest.map((f) => ({ target: path.join(folder, f.name), data: f.data })),
  ];
  for (const { target: file, data } of written) {
    try {
      await write(file, data);
    } catch (error) {
      throw new Error(
        `Could not write ${file}: ${error instanceof Error ? error.message : String(error)}. Choose a folder you can write to.`,
      );
    }
  }
  return { folder, names: written.map((w) => path.basename(w.target)) };
}
