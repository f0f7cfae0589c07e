/**
 * The project part of a whole link, as the OS hands it to the desktop app or as it is pasted into
 * Open Link…: the desktop form (mlp-studio://open/#p=…) or a web build's address with #p=. One
 * decision for main and the renderer, so both refuse the same links with the same words.
 */
import { linkPayloadOf } from './link-parts';

/** What reading a link gave: its project part, or a message saying what is wrong. */
export type LinkAddress = { payload: string } | { problem: string };

/** Reads the project part of a link; other schemes (javascript:, file:) and links without #p= give a problem to show. */
export function readLinkAddress(text: string): LinkAddress {
  const link = text.trim();
  if (link === '') return { problem: 'Paste a link that was shared with you.' };
  if (!/^(mlp-studio:|https?:\/\/)/i.test(link)) {
    return {
      problem:
        'This is not an MLP Studio link: those start with mlp-studio:// or https:// and end with #p=… Copy the whole link again.',
    };
  }
  const hash = link.indexOf('#');
  const payload = hash < 0 ? null : linkPayloadOf(link.slice(hash));
  if (payload === null)
    return {
      problem: 'This link carries no project (it has no #p= part). Copy the whole link again from where it was shared.',
    };
  return { payload };
}
