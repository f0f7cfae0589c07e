import { formatError, type ProjectFormatError } from './errors';

/** Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF included); -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation count and the allowed range of the second byte, as RFC 3629 tabulates them.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return i;
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function notUtf8(bytes: Uint8Array): ProjectFormatError {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return formatError(
      '',
      'UTF-16',
      `The file is UTF-16 text (it starts with a UTF-16 byte order mark); MLP Studio reads UTF-8 only. Save it ` +
        `again as UTF-8 in your editor.`,
    );
  }
  const at = Math.max(0, firstInvalidUtf8(bytes));
  const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return formatError(
    '',
    byte,
    `The file is not UTF-8 text: byte ${at.toLocaleString('en-US')} (${byte}) is not part of a UTF-8 character, ` +
      `so reading it would silently change its text. Save it again as UTF-8 in your editor (a file saved as ` +
      `Latin-1 or Windows-1252 has this problem).`,
  );
}

/**
 * Decodes the bytes of a file as strict UTF-8, the one encoding rule of every reader (web, desktop,
 * command line): a leading byte order mark is dropped, and any byte that is not UTF-8 is refused
 * with a ProjectFormatError naming its offset and value, rather than replaced by U+FFFD.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes);
  }
}
