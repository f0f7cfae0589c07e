/*
 * Base64 (RFC 4648, padded) over bytes, written out because Node's Buffer does not exist in
 * browsers and workers, and btoa/atob need a binary string built one character at a time.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
const PAD = 61; // '='

/** Encodes bytes as padded base64; linear time, one output allocation plus one string. */
export function bytesToBase64(bytes: Uint8Array): string {
  const whole = bytes.length - (bytes.length % 3);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const triple = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = ENCODE[triple >>> 18];
    out[o++] = ENCODE[(triple >>> 12) & 63];
    out[o++] = ENCODE[(triple >>> 6) & 63];
    out[o++] = ENCODE[triple & 63];
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const triple = (bytes[whole] << 16) | (rest === 2 ? bytes[whole + 1] << 8 : 0);
    out[o++] = ENCODE[triple >>> 18];
    out[o++] = ENCODE[(triple >>> 12) & 63];
    out[o++] = rest === 2 ? ENCODE[(triple >>> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  // The output is ASCII, which TextDecoder turns into a string in one native step.
  return new TextDecoder().decode(out);
}

/** Why a base64 text cannot be decoded; null when it can. */
export function base64Problem(text: string): string | null {
  if (text.length % 4 !== 0) return `its length ${text.length} is not a multiple of 4`;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let i = 0; i < text.length - padding; i++) {
    const code = text.charCodeAt(i);
    if (code > 255 || DECODE[code] < 0) return `character ${i + 1} (${JSON.stringify(text[i])}) is not a base64 digit`;
  }
  return null;
}

/** Decodes padded base64 into bytes; throws an Error naming the first bad character or the bad length. */
export function base64ToBytes(text: string): Uint8Array {
  const problem = base64Problem(text);
  if (problem !== null) throw new Error(`Not valid base64: ${problem}.`);
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const whole = padding > 0 ? text.length - 4 : text.length;
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const quad =
      (DECODE[text.charCodeAt(i)] << 18) |
      (DECODE[text.charCodeAt(i + 1)] << 12) |
      (DECODE[text.charCodeAt(i + 2)] << 6) |
      DECODE[text.charCodeAt(i + 3)];
    out[o++] = quad >>> 16;
    out[o++] = (quad >>> 8) & 255;
    out[o++] = quad & 255;
  }
  if (padding > 0) {
    const quad =
      (DECODE[text.charCodeAt(whole)] << 18) |
      (DECODE[text.charCodeAt(whole + 1)] << 12) |
      (padding === 1 ? DECODE[text.charCodeAt(whole + 2)] << 6 : 0);
    out[o++] = quad >>> 16;
    if (padding === 1) out[o++] = (quad >>> 8) & 255;
  }
  return out;
}
