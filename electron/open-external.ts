/**
 * The one place main hands a URL to the system browser. It checks the URL itself, whatever its
 * caller checked, because the OS opens file:, smb: and custom schemes with local programs.
 */
import { shell } from 'electron';
import { isSafeExternalUrl } from './window';

/** Opens an https URL in the system browser and resolves true; resolves false, opening nothing, for any other URL. */
export async function openInSystemBrowser(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
