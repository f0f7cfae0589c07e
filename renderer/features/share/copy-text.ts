/**
 * Copies text to the clipboard: the async Clipboard API where the page may use it, else the
 * selection of `field` and the older copy command. Returns whether either worked.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no permission, not focused, an insecure origin): fall back to the selection.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
