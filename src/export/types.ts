/** What a code generator returns. */

/** A generated file: its text, a suggested file name, and the ways it departs from the app's training, for the export dialog. */
export interface GeneratedScript {
  code: string;
  fileName: string;
  /** One sentence each; also written at the top of the script. */
  notes: string[];
  language: 'python';
}
