/** Saving a generated file (a chart image, a CSV) the way a page can: a temporary link to a Blob. */

/** Offers `blob` as a download named `name` (Electron shows its save dialog; a browser saves or asks). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: the download reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
