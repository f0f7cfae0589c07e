/**
 * The exportFiles request: generated files (scripts, a TF.js model pair, images, CSV) the
 * renderer hands main to write where the person chooses. Names are bare file names with a known
 * extension — never paths — so a request cannot aim a write anywhere but the folder picked in
 * the save dialog.
 */
import { z } from '../project/zod';

/** Extensions an exported file may have, with the name the save dialog's filter shows. */
export const EXPORT_EXTENSIONS: Record<string, string> = {
  py: 'Python script',
  json: 'TF.js model (JSON)',
  bin: 'Weights (binary)',
  gif: 'Animated GIF',
  png: 'PNG image',
  csv: 'CSV table',
  ipynb: 'Jupyter notebook',
};

/** Largest exported file accepted over IPC (a script embedding a large dataset, a long animation). */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
/** Most files one export writes (the TF.js model is two). */
export const MAX_EXPORT_FILES = 4;

const extensions = Object.keys(EXPORT_EXTENSIONS).join('|');
// Safe on every OS: no separators, no reserved characters, no control characters, not hidden.
const SAFE_NAME = new RegExp(`^(?!\\.)[^/\\\\:*?"<>|\\x00-\\x1f]{1,200}\\.(${extensions})$`, 'i');

/** The schema of one exported file's name. */
export const exportFileName = z
  .string()
  .max(255, 'An exported file name is at most 255 characters.')
  .regex(
    SAFE_NAME,
    `An exported file has a plain name (no folders) ending in .${Object.keys(EXPORT_EXTENSIONS).join(', .')}.`,
  );

/** The request payload: the files, the first one being the one the save dialog asks about. */
export const exportFilesSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: exportFileName,
        data: z.union([
          z.string().max(MAX_EXPORT_BYTES, `An exported file is at most ${MAX_EXPORT_BYTES} bytes.`),
          z
            .instanceof(Uint8Array)
            .refine(
              (bytes) => bytes.byteLength <= MAX_EXPORT_BYTES,
              `An exported file is at most ${MAX_EXPORT_BYTES} bytes.`,
            ),
        ]),
      }),
    )
    .min(1, 'An export writes at least one file.')
    .max(MAX_EXPORT_FILES, `An export writes at most ${MAX_EXPORT_FILES} files.`)
    .refine(
      (files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length,
      'The files of one export need different names.',
    ),
});

/** One file of an export as it crosses IPC. */
export type ExportFilePayload = z.infer<typeof exportFilesSchema>['files'][number];

/** Where an export went: the folder, and the names written there (the first may be the one the person typed). */
export interface ExportedFiles {
  folder: string;
  names: string[];
}
