import { MAX_LENGTH } from './limits';

/**
 * A project title taken from a file name: the name without its .mlp extension, cut to the format's
 * meta.title limit (never between the two halves of a surrogate pair), so that a long file name
 * never makes a title the reader refuses.
 */
export function titleFromFileName(name: string): string {
  const stem = name.replace(/\.mlp$/i, '');
  if (stem.length <= MAX_LENGTH.title) return stem;
  const cut = stem.slice(0, MAX_LENGTH.title - 1);
  const last = cut.charCodeAt(cut.length - 1);
  const whole = last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
  return `${whole}…`;
}
