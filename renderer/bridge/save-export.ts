/**
 * Saving exported files through the platform (a download in a browser, a save dialog in the desktop app), with a
 * toast saying what happened.
 */
import type { ExportFile, Platform } from './platform';
import { downloadBlob } from './download';

/** Saves `files` and tells the person where they went; a failure becomes an error toast, a cancel says nothing. */
export async function saveExport(
  platform: Platform,
  files: ExportFile[],
  showToast: (kind: 'error' | 'info', message: string) => void,
): Promise<boolean> {
  try {
    let names: string[] | null;
    if (platform.exportFiles) {
      names = (await platform.exportFiles(files))?.names ?? null;
    } else {
      for (const file of files) downloadBlob(new Blob([file.data], { type: file.type }), file.name);
      names = files.map((f) => f.name);
    }
    if (names) showToast('info', `Exported ${names.join(' and ')}.`);
    return names !== null;
  } catch (error) {
    showToast('error', `The export could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
