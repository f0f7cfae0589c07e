/**
 * The parts of the File System Access API the web adapter uses (Chromium's showOpenFilePicker /
 * showSaveFilePicker). They are not in TypeScript's DOM library, so they are declared here.
 */

/** A file the user picked; `createWritable` exists on handles from a save picker or granted for writing. */
export interface PickedFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}

/** The window, with the pickers where the browser has them. */
export interface WindowWithPickers {
  showOpenFilePicker?: (options: {
    types: PickerType[];
    multiple: boolean;
    excludeAcceptAllOption?: boolean;
  }) => Promise<PickedFileHandle[]>;
  showSaveFilePicker?: (options: { suggestedName: string; types: PickerType[] }) => Promise<PickedFileHandle>;
}

/** The file type offered in the pickers. */
export const PROJECT_FILE_TYPES: PickerType[] = [
  { description: 'MLP Studio project', accept: { 'application/json': ['.mlp'] } },
];

/** The file types the Open picker offers: projects, and the notebooks the app exports (they carry their project). */
export const OPEN_FILE_TYPES: PickerType[] = [
  { description: 'MLP Studio project or exported notebook', accept: { 'application/json': ['.mlp', '.ipynb'] } },
];

/** Whether `value` is a handle this API gave out (rather than null or another platform's path). */
export function isPickedFileHandle(value: unknown): value is PickedFileHandle {
  return (
    typeof value === 'object' && value !== null && typeof (value as PickedFileHandle).createWritable === 'function'
  );
}

/** Whether the user closed the picker, which is a cancel and not an error. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
