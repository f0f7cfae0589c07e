/*
 * The parts of a project link that need no validator: the fragment key, the sharing limit, reading the
 * project part out of an address and building an address around one. link-codec.ts packs and unpacks
 * the project itself.
 */

/** The fragment key that carries a project: `#p=<base64url>`. */
export const LINK_PARAM = 'p';

/**
 * Longest link offered for sharing, in characters (16 KB): long URLs open in every current browser,
 * but chat tools and e-mail clients cut or refuse messages not much longer (Teams about 28 KB,
 * many forms 16 KB), so trained weights ride along only below this.
 */
export const SHAREABLE_LINK_CHARS = 16 * 1024;

/** The project part of a link (`p=` of its fragment, with or without the leading #), or null when the fragment carries none. */
export function linkPayloadOf(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${LINK_PARAM}=`)) return part.slice(LINK_PARAM.length + 1);
  }
  return null;
}

/** The link to `base` (the app's address, without a fragment) that opens the project `payload`. */
export function projectLinkUrl(base: string, payload: string): string {
  return `${base.replace(/#.*$/, '')}#${LINK_PARAM}=${payload}`;
}
