/**
 * Which page is the app's own: the built renderer's index.html on disk, or the Vite dev server in
 * development. Used to accept IPC calls and navigations only from that page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the renderer comes from: the file the app ships, or a local dev server. */
export type RendererSource = { kind: 'file'; indexPath: string } | { kind: 'dev'; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads MLP_DEV_URL: only http(s) on this machine is accepted, because the page it names gets the
 * whole bridge; throws with the fix when the value is anything else.
 */
export function parseDevUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `MLP_DEV_URL is "${value}", which is not a URL. Set it to the Vite dev server, e.g. http://localhost:5173/.`,
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(
      `MLP_DEV_URL is "${value}", but only a dev server on this machine (http://localhost:<port>/) may load the app. ` +
        'Unset it to load the built renderer.',
    );
  }
  return url.href;
}

/** Picks the renderer: the dev server when `devUrl` is set and the app is not packaged, else the built index.html. */
export function chooseRendererSource(
  indexPath: string,
  devUrl: string | undefined,
  isPackaged: boolean,
): RendererSource {
  if (devUrl && !isPackaged) return { kind: 'dev', url: parseDevUrl(devUrl) };
  return { kind: 'file', indexPath: path.resolve(indexPath) };
}

/** The file path a file: URL points at (query and fragment ignored), or null when it is not a local file URL. */
function localFilePath(url: URL, platform: NodeJS.Platform): string | null {
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null;
  try {
    const bare = new URL(url.href);
    bare.search = '';
    bare.hash = '';
    return fileURLToPath(bare, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}

/**
 * Returns a predicate telling whether a URL is the app's own page: the same index.html (any
 * query or hash), or the same origin as the dev server.
 */
export function createAppUrlCheck(
  source: RendererSource,
  platform: NodeJS.Platform = process.platform,
): (url: string) => boolean {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const normalise = (p: string) => (platform === 'win32' ? pathApi.normalize(p).toLowerCase() : pathApi.normalize(p));
  const expected = source.kind === 'file' ? normalise(source.indexPath) : new URL(source.url).origin;
  return (candidate: string) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (source.kind === 'dev') return url.origin === expected;
    const filePath = localFilePath(url, platform);
    return filePath !== null && normalise(filePath) === expected;
  };
}
